package com.cosell.backend.odata;

import java.util.Arrays;
import java.util.Optional;

/** The OData comparison operators, their SQL spelling and their mirror for {@code literal op field}. */
enum ComparisonOperator {
    EQ("eq", "="),
    NE("ne", "<>"),
    LT("lt", "<"),
    LE("le", "<="),
    GT("gt", ">"),
    GE("ge", ">=");

    final String odata;
    final String sql;

    ComparisonOperator(String odata, String sql) {
        this.odata = odata;
        this.sql = sql;
    }

    static Optional<ComparisonOperator> fromOData(String word) {
        return Arrays.stream(values()).filter(op -> op.odata.equals(word)).findFirst();
    }

    /** The operator that keeps the meaning when the operands swap sides: 5 lt x is x gt 5. */
    ComparisonOperator swapped() {
        return switch (this) {
            case EQ, NE -> this;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /** Whether a comparison result (negative, zero, positive) satisfies this operator. */
    boolean accepts(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
