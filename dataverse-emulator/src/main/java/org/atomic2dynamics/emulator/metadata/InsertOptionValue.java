package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * The InsertOptionValue action: adds an option to a global option set (and so to every column bound to
 * it) or to a column's local options. Without a Value, the next value of the publisher's prefix is used.
 */
public final class InsertOptionValue implements Operation {
    private final MetadataContext ctx;

    InsertOptionValue(MetadataContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        Errors.requirePost(req.method());
        JsonNode body = Json.parse(req.body(), "InsertOptionValue");
        String solution = body.hasNonNull("SolutionUniqueName") ? body.get("SolutionUniqueName").asText()
                : MetadataContext.solution(req);
        String label = Labels.text(body.get("Label"));
        int value = ctx.backend().store().write(tx -> body.hasNonNull("OptionSetName")
                ? global(body.get("OptionSetName").asText(), body, label, solution)
                : local(body, label, solution));
        return ApiResponse.json(200, Json.bytes(Json.object()
                .put("@odata.context", ctx.urls().context("Microsoft.Dynamics.CRM.InsertOptionValueResponse"))
                .put("NewOptionValue", value)));
    }

    private int global(String name, JsonNode body, String label, String solution) {
        GlobalOptionSet set = ctx.registry().optionSet(name).orElseThrow(() ->
                Errors.invalidArgument("The option set '" + name + "' does not exist."));
        int value = pick(body, set.def().options(), solution);
        List<OptionDef> options = new ArrayList<>(set.def().options());
        options.add(OptionDef.of(value, label));
        ctx.registry().putOptionSet(set.withDef(new OptionSetDef(name, set.def().displayName(), options)));
        for (EntityType type : ctx.backend().schema().all()) {
            for (ColumnDef c : type.def().columns().values()) {
                if (name.equals(c.optionSetName())) {
                    ctx.backend().schema().addColumn(type.name(), withOptions(c, options));
                }
            }
        }
        return value;
    }

    private int local(JsonNode body, String label, String solution) {
        String table = body.path("EntityLogicalName").asText();
        String attribute = body.path("AttributeLogicalName").asText();
        EntityType type = ctx.backend().schema().find(table).orElseThrow(() ->
                Errors.invalidArgument("The entity '" + table + "' does not exist."));
        ColumnDef column = type.def().column(attribute).filter(c -> c.type().isChoice()).orElseThrow(() ->
                Errors.invalidArgument("The attribute '" + attribute + "' of '" + table + "' is not a choice column."));
        int value = pick(body, column.options(), solution);
        List<OptionDef> options = new ArrayList<>(column.options());
        options.add(OptionDef.of(value, label));
        ctx.backend().schema().addColumn(table, withOptions(column, options));
        return value;
    }

    private int pick(JsonNode body, List<OptionDef> existing, String solution) {
        List<Integer> values = existing.stream().map(OptionDef::value).toList();
        if (!body.hasNonNull("Value")) {
            return ctx.prefixes().nextOptionValue(solution, values);
        }
        int value = body.get("Value").asInt();
        if (values.contains(value)) {
            throw Errors.invalidArgument("The option value " + value + " already exists.");
        }
        ctx.prefixes().checkOptionValue(solution, value);
        return value;
    }

    static ColumnDef withOptions(ColumnDef c, List<OptionDef> options) {
        return new ColumnDef(c.logicalName(), c.schemaName(), c.type(), c.requiredLevel(), c.validForCreate(),
                c.validForUpdate(), c.maxLength(), c.format(), c.minValue(), c.maxValue(), c.precision(),
                c.dateTimeBehavior(), options, c.targets(), c.optionSetName(), c.custom());
    }
}
