package com.theorycloud.tabletheory.schema;

import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CloudFormation template whose {@code Resources} are the tables of several models, one
 * {@code AWS::DynamoDB::Table} per model under its {@link CloudFormationTable#logicalId() logical id}. Write it to a
 * file and include it in AWS CDK ({@code CfnInclude}) or deploy it with CloudFormation directly.
 *
 * @param tables the tables, in resource order
 */
public record CloudFormationTemplate(List<CloudFormationTable> tables) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Copies the list and rejects two tables with one logical id.
     *
     * @throws IllegalArgumentException when two models would share a logical id
     */
    public CloudFormationTemplate {
        tables = List.copyOf(tables);
        Set<String> ids = new HashSet<>();
        for (CloudFormationTable table : tables) {
            if (!ids.add(table.logicalId())) {
                throw new IllegalArgumentException("two tables have the logical id " + table.logicalId()
                        + "; build the template with CloudFormationTemplate.of(models) so models sharing a table share a resource");
            }
        }
    }

    /** One resource per logical table name: models that share a table (single-table design) share a resource. */
    public static CloudFormationTemplate of(Collection<ModelSchema> models) {
        return of(models, ModelSchema::tableName);
    }

    /**
     * One resource per physical table name, as the given function names them (e.g. an environment prefix): models
     * that share a table share a resource carrying all their indexes.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when models sharing a table disagree on keys
     *                                                                  or TTL attribute
     */
    public static CloudFormationTemplate of(Collection<ModelSchema> models,
            Function<ModelSchema, String> physicalTableName) {
        Map<String, CloudFormationTable> tables = new LinkedHashMap<>();
        for (ModelSchema model : models) {
            CloudFormationTable table = CloudFormationTable.of(model, physicalTableName.apply(model));
            tables.merge(table.definition().tableName(), table, CloudFormationTable::mergedWith);
        }
        return new CloudFormationTemplate(List.copyOf(tables.values()));
    }

    /** The template with its format version and one resource per table. */
    public ObjectNode toJsonNode() {
        ObjectNode template = JSON.getNodeFactory().objectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        ObjectNode resources = template.putObject("Resources");
        for (CloudFormationTable table : tables) {
            resources.set(table.logicalId(), table.resource());
        }
        return template;
    }

    /** The template as indented JSON, ready to write to a {@code .template.json} file. */
    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJsonNode());
    }
}
