package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.theorycloud.tabletheory.expression.Comparator;

/**
 * Parses the condition language of {@link com.theorycloud.tabletheory.spring.data.annotation.Query}: DynamoDB's
 * condition syntax over property paths with {@code :parameter} operands. Produces an {@link Expr} tree that the
 * planner validates against the model and binds to method parameters.
 */
final class ExpressionParser {

    /** A parsed expression. */
    sealed interface Expr {
    }

    /** {@code path op :param}. */
    record Compare(String path, Comparator comparator, String parameter) implements Expr {
    }

    /** {@code path BETWEEN :low AND :high}. */
    record Between(String path, String low, String high) implements Expr {
    }

    /** {@code path IN (:a, :b)}. */
    record In(String path, List<String> parameters) implements Expr {
    }

    /** {@code function(path[, :param])}: begins_with, contains, attribute_exists, attribute_not_exists. */
    record Function(String name, String path, String parameter) implements Expr {
    }

    /** {@code size(path) op :param}. */
    record Size(String path, Comparator comparator, String parameter) implements Expr {
    }

    /** Both hold. */
    record And(Expr left, Expr right) implements Expr {
    }

    /** Either holds. */
    record Or(Expr left, Expr right) implements Expr {
    }

    /** Does not hold. */
    record Not(Expr expr) implements Expr {
    }

    private final String text;
    private final List<String> tokens;
    private int position;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException describing where the text is not valid
     */
    static Expr parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        Expr expr = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return expr;
    }

    private Expr or() {
        Expr left = and();
        while (keyword("OR")) {
            left = new Or(left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (keyword("AND")) {
            left = new And(left, not());
        }
        return left;
    }

    private Expr not() {
        if (keyword("NOT")) {
            return new Not(not());
        }
        return primary();
    }

    private Expr primary() {
        if (accept("(")) {
            Expr inner = or();
            expect(")");
            return inner;
        }
        String word = next("a property or function");
        String lower = word.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "begins_with", "contains" -> {
                expect("(");
                String path = path();
                expect(",");
                String parameter = parameter();
                expect(")");
                return new Function(lower, path, parameter);
            }
            case "attribute_exists", "attribute_not_exists" -> {
                expect("(");
                String path = path();
                expect(")");
                return new Function(lower, path, "");
            }
            case "size" -> {
                expect("(");
                String path = path();
                expect(")");
                Comparator comparator = comparator();
                return new Size(path, comparator, parameter());
            }
            default -> {
                String path = checkPath(word);
                if (keyword("BETWEEN")) {
                    String low = parameter();
                    if (!keyword("AND")) {
                        throw error("BETWEEN needs 'AND'");
                    }
                    return new Between(path, low, parameter());
                }
                if (keyword("IN")) {
                    expect("(");
                    List<String> parameters = new ArrayList<>();
                    do {
                        parameters.add(parameter());
                    } while (accept(","));
                    expect(")");
                    return new In(path, parameters);
                }
                Comparator comparator = comparator();
                return new Compare(path, comparator, parameter());
            }
        }
    }

    private Comparator comparator() {
        String token = next("a comparison operator");
        for (Comparator comparator : Comparator.values()) {
            if (comparator.symbol().equals(token)) {
                return comparator;
            }
        }
        throw error("expected a comparison operator (=, <>, <, <=, >, >=) but found '" + token + "'");
    }

    private String path() {
        return checkPath(next("a property"));
    }

    private String checkPath(String word) {
        if (!Character.isJavaIdentifierStart(word.charAt(0))) {
            throw error("expected a property but found '" + word + "'");
        }
        return word;
    }

    private String parameter() {
        String token = next("a :parameter");
        if (!token.startsWith(":") || token.length() < 2) {
            throw error("operands must be method parameters written as :name, found '" + token + "'");
        }
        return token.substring(1);
    }

    private boolean keyword(String keyword) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private String next(String what) {
        if (position >= tokens.size()) {
            throw error("expected " + what + " at the end");
        }
        return tokens.get(position++);
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException("cannot parse '" + text + "': " + reason);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == '=') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '\'' || c == '"') {
                // Literals are read whole so the parser can say that operands must be parameters.
                int end = text.indexOf(c, i + 1);
                end = end < 0 ? text.length() : end + 1;
                tokens.add(text.substring(i, end));
                i = end;
            } else if (c == '<' || c == '>') {
                int end = i + 1 < text.length() && (text.charAt(i + 1) == '=' || c == '<' && text.charAt(i + 1) == '>')
                        ? i + 2 : i + 1;
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end))
                        || text.charAt(end) == '.' || text.charAt(end) == ':' && end == i)) {
                    end++;
                }
                if (end == i) {
                    throw new IllegalArgumentException("cannot parse '" + text + "': unexpected '" + c + "'");
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
