package com.cosell.backend.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent parser for the $filter subset. Precedence: not, then comparison, then and,
 * then or. {@code not} takes a parenthesised expression or a function call: since it binds
 * tighter than comparison, {@code not x eq 1} has no meaning here and is refused rather than guessed.
 * A lambda ({@code team/any(t:t/email eq 'x')}) is a call like a function's; lambdas do not nest.
 * Recursion is bounded by the depth limit, so no input can overflow the stack.
 */
final class FilterParser {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge");

    private final TokenStream in;
    private final FieldCatalog catalog;
    private @Nullable LambdaScope scope;

    private FilterParser(List<Token> tokens, FieldCatalog catalog) {
        this.in = new TokenStream(tokens);
        this.catalog = catalog;
    }

    static FilterExpression parse(String filter, FieldCatalog catalog) {
        if (filter.length() > ODataQuery.MAX_FILTER_LENGTH) {
            throw new ODataException(
                    "Filter is " + filter.length() + " characters long; at most " + ODataQuery.MAX_FILTER_LENGTH
                            + " are allowed",
                    ODataQuery.MAX_FILTER_LENGTH + 1);
        }
        if (filter.isBlank()) {
            throw new ODataException("Filter is empty", 1);
        }
        FilterParser parser = new FilterParser(Lexer.tokenize(filter), catalog);
        FilterExpression expression = parser.or();
        Token rest = parser.in.peek();
        if (rest.is(Token.Kind.CLOSE)) {
            throw new ODataException(
                    "Unbalanced ')' at position " + rest.position() + ": no '(' to close", rest.position());
        }
        if (!rest.is(Token.Kind.END)) {
            throw new ODataException(
                    "Unexpected " + rest.describe() + " at position " + rest.position()
                            + "; expected 'and', 'or' or the end of the filter",
                    rest.position());
        }
        return expression;
    }

    private FilterExpression or() {
        List<FilterExpression> operands = new ArrayList<>(List.of(and()));
        while (in.peek().isWord("or")) {
            in.take();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.getFirst() : new FilterExpression.Or(operands);
    }

    private FilterExpression and() {
        List<FilterExpression> operands = new ArrayList<>(List.of(unary()));
        while (in.peek().isWord("and")) {
            in.take();
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.getFirst() : new FilterExpression.And(operands);
    }

    private FilterExpression unary() {
        Token token = in.peek();
        if (token.isWord("not")) {
            return not();
        }
        if (token.is(Token.Kind.OPEN)) {
            return parenthesised();
        }
        if (isFunctionCall()) {
            return call();
        }
        return comparison();
    }

    private FilterExpression not() {
        Token not = in.take();
        in.enter(not);
        Token operand = in.peek();
        FilterExpression inner;
        if (operand.isWord("not")) {
            inner = not();
        } else if (operand.is(Token.Kind.OPEN)) {
            inner = parenthesised();
        } else if (isFunctionCall()) {
            inner = call();
        } else {
            throw new ODataException(
                    "'not' at position " + not.position()
                            + " must be followed by '(' or a function call, e.g. not (status eq 'Won')",
                    not.position());
        }
        in.leave();
        return new FilterExpression.Not(inner);
    }

    private FilterExpression parenthesised() {
        Token open = in.take();
        in.enter(open);
        FilterExpression inner = or();
        close(open);
        return inner;
    }

    private void close(Token open) {
        Token close = in.peek();
        if (!close.is(Token.Kind.CLOSE)) {
            throw new ODataException(
                    "Unbalanced '(' at position " + open.position() + ": expected ')' but found " + close.describe()
                            + " at position " + close.position(),
                    close.position());
        }
        in.take();
        in.leave();
    }

    private boolean isFunctionCall() {
        return in.peek().is(Token.Kind.IDENTIFIER) && in.peekSecond().is(Token.Kind.OPEN);
    }

    /** A lambda, {@code <collection>/any(…)} or {@code /all(…)}, or a function. */
    private FilterExpression call() {
        String name = in.peek().text();
        int slash = name.lastIndexOf('/');
        Optional<FilterExpression.Quantifier> quantifier =
                slash < 0 ? Optional.empty() : FilterExpression.Quantifier.fromOData(name.substring(slash + 1));
        return quantifier.isPresent() ? lambda(quantifier.get()) : function();
    }

    private FilterExpression lambda(FilterExpression.Quantifier quantifier) {
        Token name = in.take();
        String path = name.text().substring(0, name.text().lastIndexOf('/'));
        if (scope != null) {
            throw new ODataException(
                    "Lambda '" + name.text() + "' at position " + name.position() + " is inside " + scope.lambda()
                            + "; lambdas cannot be nested",
                    name.position());
        }
        CollectionField collection = catalog.collection(path)
                .orElseThrow(() -> new ODataException(
                        "Unknown collection '" + path + "' at position " + name.position() + "; collections: "
                                + collections(),
                        name.position()));
        in.countTerm(name);
        Token open = in.take(); // '(' checked by isFunctionCall
        in.enter(open);
        Token variable = in.take();
        if (variable.is(Token.Kind.CLOSE)) {
            String example =
                    name.text() + "(t:t/" + collection.members().paths().getFirst() + " eq '…')";
            throw new ODataException(
                    name.text() + "() at position " + name.position() + " needs a predicate, e.g. " + example,
                    variable.position());
        }
        boolean simpleName = variable.is(Token.Kind.IDENTIFIER)
                && !variable.text().contains("/")
                && !KEYWORDS.contains(variable.text())
                && !Literals.isKeywordLiteral(variable.text());
        if (!simpleName) {
            throw new ODataException(
                    "The variable of " + name.text() + " at position " + name.position()
                            + " must be a simple name such as t, but found " + variable.describe() + " at position "
                            + variable.position(),
                    variable.position());
        }
        in.expect(Token.Kind.COLON, "':' after the variable of " + name.text());
        scope = new LambdaScope(name.text(), variable.text(), collection);
        FilterExpression predicate = or();
        scope = null;
        close(open);
        return new FilterExpression.Lambda(collection, quantifier, predicate);
    }

    private FilterExpression function() {
        Token name = in.take();
        TextFunction function = TextFunction.fromOData(name.text())
                .orElseThrow(() -> new ODataException(
                        "Unknown function '" + name.text() + "' at position " + name.position() + "; supported: "
                                + TextFunction.names(),
                        name.position()));
        in.countTerm(name);
        in.take(); // '(' checked by isFunctionCall
        Token fieldToken = in.take();
        if (!fieldToken.is(Token.Kind.IDENTIFIER) || Literals.isLiteral(fieldToken)) {
            throw new ODataException(
                    name.text() + " at position " + name.position() + " needs a field as its first argument, but found "
                            + fieldToken.describe(),
                    fieldToken.position());
        }
        Field field = field(fieldToken);
        if (field.type() != FieldType.STRING) {
            throw new ODataException(
                    name.text() + " at position " + name.position() + " works on STRING fields only; '" + field.path()
                            + "' is " + field.type(),
                    fieldToken.position());
        }
        in.expect(Token.Kind.COMMA, "',' after the field of " + name.text());
        Token text = in.take();
        if (!text.is(Token.Kind.STRING)) {
            throw new ODataException(
                    name.text() + " at position " + name.position()
                            + " needs a quoted string as its second argument, but found " + text.describe()
                            + " at position " + text.position(),
                    text.position());
        }
        in.expect(Token.Kind.CLOSE, "')' to close " + name.text());
        return new FilterExpression.TextMatch(field, function, text.text());
    }

    private FilterExpression comparison() {
        Token left = operand();
        Token opToken = in.take();
        ComparisonOperator operator = opToken.is(Token.Kind.IDENTIFIER)
                ? ComparisonOperator.fromOData(opToken.text()).orElse(null)
                : null;
        if (operator == null) {
            throw new ODataException(
                    "Expected a comparison operator (eq, ne, lt, le, gt, ge) after " + left.describe() + " but found "
                            + opToken.describe() + " at position " + opToken.position(),
                    opToken.position());
        }
        Token right = operand();
        in.countTerm(left);
        boolean leftIsField = !Literals.isLiteral(left);
        boolean rightIsField = !Literals.isLiteral(right);
        if (!leftIsField && !rightIsField) {
            throw new ODataException(
                    "Comparison at position " + left.position() + " has no field; one side must be a field",
                    left.position());
        }
        // Resolve first so an unknown name is reported as such, not as a field-to-field comparison.
        Field field = field(leftIsField ? left : right);
        if (leftIsField && rightIsField) {
            field(right);
            throw new ODataException(
                    "Comparing field " + left.describe() + " with field " + right.describe() + " at position "
                            + left.position() + " is not supported; compare a field with a literal",
                    left.position());
        }
        Token literal = leftIsField ? right : left;
        ComparisonOperator op = leftIsField ? operator : operator.swapped();
        if (Literals.isNull(literal)) {
            if (op.isOrdering()) {
                throw new ODataException(
                        "null can only be compared with eq or ne, not '" + operator.odata + "' at position "
                                + opToken.position(),
                        opToken.position());
            }
            return new FilterExpression.Comparison(field, op, null);
        }
        if (op.isOrdering() && !field.type().isOrdered()) {
            throw new ODataException(
                    "Operator '" + operator.odata + "' at position " + opToken.position() + " is not supported for "
                            + field.type() + " field '" + field.path() + "'; use eq or ne",
                    opToken.position());
        }
        return new FilterExpression.Comparison(field, op, Literals.valueFor(field, literal));
    }

    /** A field path or a literal. */
    private Token operand() {
        Token token = in.take();
        boolean fits = Literals.isLiteral(token) || token.is(Token.Kind.IDENTIFIER) && !KEYWORDS.contains(token.text());
        if (!fits) {
            throw new ODataException(
                    "Expected a field or literal at position " + token.position() + " but found " + token.describe(),
                    token.position());
        }
        return token;
    }

    private Field field(Token token) {
        if (scope != null) {
            return scope.member(token);
        }
        String lambdas =
                catalog.collectionPaths().isEmpty() ? "" : "; collections, filtered with any/all: " + collections();
        return catalog.find(token.text())
                .orElseThrow(() -> new ODataException(
                        "Unknown field '" + token.text() + "' at position " + token.position() + "; allowed: "
                                + String.join(", ", catalog.paths()) + lambdas,
                        token.position()));
    }

    private String collections() {
        return catalog.collectionPaths().isEmpty() ? "none" : String.join(", ", catalog.collectionPaths());
    }
}
