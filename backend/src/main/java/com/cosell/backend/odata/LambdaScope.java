package com.cosell.backend.odata;

/**
 * The lambda being parsed, e.g. {@code team/any(t:…)}: inside it, a field is a member of the
 * collection named through the variable ({@code t/email}), and nothing else.
 */
record LambdaScope(String lambda, String variable, CollectionField collection) {

    Field member(Token token) {
        String prefix = variable + "/";
        if (!token.text().startsWith(prefix)) {
            throw new ODataException(
                    "Inside " + lambda + ", " + token.describe() + " at position " + token.position()
                            + " is not a field of the lambda variable '" + variable + "'; write " + prefix
                            + "<field> with a field of " + collection.path() + ": " + members(),
                    token.position());
        }
        String member = token.text().substring(prefix.length());
        return collection
                .members()
                .find(member)
                .orElseThrow(() -> new ODataException(
                        "Unknown field '" + member + "' of " + collection.path() + " at position " + token.position()
                                + "; allowed: " + members(),
                        token.position()));
    }

    String members() {
        return String.join(", ", collection.members().paths());
    }
}
