package com.theorycloud.tabletheory.model.dms.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where in a DMS file a reader is (source, model, attribute or index), so every error names {@code file:line}, the
 * model, the element and the fix.
 *
 * @param source  the file or resource name
 * @param model   the model being read, or {@code null} at document level
 * @param element a description of the element being read, such as {@code attribute 'ttl'}, or {@code null}
 */
public record DmsContext(String source, @Nullable String model, @Nullable String element) {

    /** The context at document level. */
    public static DmsContext of(String source) {
        return new DmsContext(source, null, null);
    }

    /** This context inside the named model. */
    public DmsContext inModel(String modelName) {
        return new DmsContext(source, modelName, null);
    }

    /** This context at an element of the current model. */
    public DmsContext at(String elementDescription) {
        return new DmsContext(source, model, elementDescription);
    }

    /**
     * An error at a node.
     *
     * @param node    the YAML node the problem is at (its line is reported), or {@code null} for the whole file
     * @param problem what is wrong
     * @param fix     how to fix it
     */
    public InvalidModelException error(@Nullable Node node, String problem, String fix) {
        return errorAtLine(node == null ? 0 : node.getStartMark().getLine() + 1, problem, fix);
    }

    /**
     * An error at a 1-based line number ({@code 0} for the whole file).
     *
     * @param line    the line the problem is at, or {@code 0}
     * @param problem what is wrong
     * @param fix     how to fix it
     */
    public InvalidModelException errorAtLine(int line, String problem, String fix) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line);
        }
        message.append(": ");
        if (model != null) {
            message.append("model '").append(model).append("'");
            message.append(element != null ? ", " + element : "").append(": ");
        } else if (element != null) {
            message.append(element).append(": ");
        }
        message.append(problem).append(". ").append(fix);
        if (!fix.endsWith(".")) {
            message.append('.');
        }
        return new InvalidModelException(model, message.toString());
    }
}
