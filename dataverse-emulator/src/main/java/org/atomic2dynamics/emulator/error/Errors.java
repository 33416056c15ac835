package org.atomic2dynamics.emulator.error;

import java.util.UUID;

/**
 * The errors of the Web API with their real codes and message texts (DATAVERSE.md §2.7). Where the
 * documentation gives no exact text the choice is recorded in docs/EMULATOR.md.
 */
public final class Errors {
    private static final String PAYLOAD_PREFIX = "Error identified in Payload provided by the user for Entity :'%s', "
            + "For more information on this error please follow this help link "
            + "https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : "
            + "Microsoft.OData.ODataException: ";

    private Errors() {
    }

    public static DataverseException notFound(String table, UUID id) {
        return new DataverseException(404, "0x80040217", table + " With Id = " + id + " Does Not Exist");
    }

    public static DataverseException segmentNotFound(String segment) {
        return new DataverseException(404, "0x8006088a", "Resource not found for the segment '" + segment + "'.");
    }

    public static DataverseException noResource(String uri) {
        return new DataverseException(404, "", "No HTTP resource was found that matches the request URI '" + uri + "'.");
    }

    public static DataverseException methodNotAllowed(String method) {
        return new DataverseException(405, "0x80060888", "The requested resource does not support http method '"
                + method + "'.");
    }

    /** Actions answer only POST. */
    public static void requirePost(String method) {
        if (!method.equals("POST")) {
            throw methodNotAllowed(method);
        }
    }

    public static DataverseException unknownProperty(String table, String property) {
        return new DataverseException(400, "0x0", "Could not find a property named '" + property
                + "' on type 'Microsoft.Dynamics.CRM." + table + "'.");
    }

    /** OData payload errors (0x80048d19): wrong types, undeclared navigation properties, bad JSON. */
    public static DataverseException payload(String entitySet, String oDataMessage) {
        return new DataverseException(400, "0x80048d19", String.format(PAYLOAD_PREFIX, entitySet) + oDataMessage);
    }

    public static DataverseException undeclaredNavigation(String entitySet, String property) {
        return payload(entitySet, "An undeclared property '" + property + "' which only has property annotations "
                + "in the payload but no property value was found in the payload. In OData, only declared "
                + "navigation properties and declared named streams can be represented as properties without values.");
    }

    public static DataverseException literal(String entitySet, String literal, String edmType) {
        return payload(entitySet, "Cannot convert the literal '" + literal + "' to the expected type '" + edmType + "'.");
    }

    public static DataverseException stringTooLong(String column, String table, int max) {
        return new DataverseException(400, "0x80044331", "A validation error occurred.  The length of the '" + column
                + "' attribute of the '" + table + "' entity exceeded the maximum allowed length of '" + max + "'.");
    }

    public static DataverseException optionOutOfRange(String column, String table, long value, String accepted) {
        return new DataverseException(400, "0x8004431A", "A validation error occurred. The value " + value + " of '"
                + column + "' on record of type '" + table + "' is outside the valid range. Accepted Values: "
                + accepted);
    }

    public static DataverseException numberOutOfRange(String column, String table, Object value, Object min,
                                                      Object max) {
        return new DataverseException(400, "0x80044330", "A validation error occurred. The value " + value + " of '"
                + column + "' on record of type '" + table + "' is outside the valid range (" + min + " to " + max
                + ").");
    }

    public static DataverseException invalidArgument(String message) {
        return new DataverseException(400, "0x80040203", message);
    }

    public static DataverseException duplicateKey() {
        return new DataverseException(412, "0x80040237", "Cannot insert duplicate key.");
    }

    public static DataverseException matchingKeyExists() {
        return new DataverseException(412, "0x80040237", "A record with matching key values already exists.");
    }

    public static DataverseException versionMismatch() {
        return new DataverseException(412, "0x80060882",
                "The version of the existing record doesn't match the RowVersion property provided.");
    }

    public static DataverseException ownerDisabled() {
        return new DataverseException(400, "0x80040225",
                "The specified user is either disabled or is not a member of any business unit.");
    }

    public static DataverseException required(String column, String table) {
        return new DataverseException(400, "0x80040200", "A validation error occurred. The value of '" + column
                + "' on record of type '" + table + "' is required.");
    }

    public static DataverseException keyNotFound(String table) {
        return new DataverseException(404, "0x80060891", "A record with the specified key values does not exist in "
                + table + " entity");
    }

    public static DataverseException badRequest(String message) {
        return new DataverseException(400, "0x80060888", message);
    }
}
