package com.cosell.backend.odata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed, type-checked $filter. Fields are resolved against the catalog and literals are
 * already Java values of the field's type, so the SQL writer and the in-memory evaluator cannot
 * disagree about what a literal means.
 */
sealed interface FilterExpression {

    record And(List<FilterExpression> operands) implements FilterExpression {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<FilterExpression> operands) implements FilterExpression {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(FilterExpression operand) implements FilterExpression {}

    /** {@code field op value}; a null value means the literal null (only eq and ne). */
    record Comparison(
            Field field,
            ComparisonOperator operator,
            @Nullable Object value) implements FilterExpression {}

    /** contains/startswith/endswith on a STRING field; case-insensitive. */
    record TextMatch(Field field, TextFunction function, String text) implements FilterExpression {}

    /**
     * {@code collection/any(v:predicate)} or {@code collection/all(…)}; the predicate's fields are the
     * collection's members, evaluated per element. No element: any is false, all is true.
     */
    record Lambda(CollectionField collection, Quantifier quantifier, FilterExpression predicate)
            implements FilterExpression {}

    enum Quantifier {
        ANY("any"),
        ALL("all");

        final String odata;

        Quantifier(String odata) {
            this.odata = odata;
        }

        static Optional<Quantifier> fromOData(String word) {
            return Arrays.stream(values()).filter(q -> q.odata.equals(word)).findFirst();
        }
    }
}
