package com.theorycloud.tabletheory.expression;

/**
 * The comparison operators of DynamoDB condition expressions.
 */
public enum Comparator {
    /** Equal ({@code =}). */
    EQ("="),
    /** Not equal ({@code <>}). */
    NE("<>"),
    /** Less than ({@code <}). */
    LT("<"),
    /** Less than or equal ({@code <=}). */
    LE("<="),
    /** Greater than ({@code >}). */
    GT(">"),
    /** Greater than or equal ({@code >=}). */
    GE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in an expression. */
    public String symbol() {
        return symbol;
    }
}
