package com.cosell.backend.odata;

import java.util.List;

/**
 * The parser's cursor over the tokens, and the keeper of the nesting and term limits, so the
 * limits hold wherever the grammar recurses (inside lambdas too).
 */
final class TokenStream {

    private final List<Token> tokens;
    private int next;
    private int depth;
    private int terms;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(next);
    }

    /** The token after the next one; END when there is none. */
    Token peekSecond() {
        return tokens.get(Math.min(next + 1, tokens.size() - 1));
    }

    /** The next token; END stays put so reading past the end keeps reporting it. */
    Token take() {
        Token token = tokens.get(next);
        if (!token.is(Token.Kind.END)) {
            next++;
        }
        return token;
    }

    void expect(Token.Kind kind, String what) {
        Token token = take();
        if (!token.is(kind)) {
            throw new ODataException(
                    "Expected " + what + " but found " + token.describe() + " at position " + token.position(),
                    token.position());
        }
    }

    /** One level deeper (a parenthesis, a {@code not}, a lambda); {@link #leave} when it is closed. */
    void enter(Token token) {
        if (++depth > ODataQuery.MAX_DEPTH) {
            throw new ODataException(
                    "Filter nests deeper than " + ODataQuery.MAX_DEPTH + " levels at position " + token.position(),
                    token.position());
        }
    }

    void leave() {
        depth--;
    }

    /** One more comparison, function call or lambda. */
    void countTerm(Token token) {
        if (++terms > ODataQuery.MAX_TERMS) {
            throw new ODataException(
                    "Filter has more than " + ODataQuery.MAX_TERMS + " terms; the one at position " + token.position()
                            + " is one too many",
                    token.position());
        }
    }
}
