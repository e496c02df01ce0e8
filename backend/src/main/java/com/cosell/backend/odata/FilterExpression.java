package com.cosell.backend.odata;

import java.util.List;
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

    record Not(FilterExpression operand) implements FilterExpression {
    }

    /** {@code field op value}; a null value means the literal null (only eq and ne). */
    record Comparison(Field field, ComparisonOperator operator, @Nullable Object value) implements FilterExpression {
    }

    /** contains/startswith/endswith on a STRING field; case-insensitive. */
    record TextMatch(Field field, TextFunction function, String text) implements FilterExpression {
    }
}
