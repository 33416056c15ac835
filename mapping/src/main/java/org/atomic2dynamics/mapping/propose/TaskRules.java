package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.Transform;
import org.atomic2dynamics.mapping.spec.When;

/**
 * tasks → task; with tasksAsActivities, calls become phone calls and meetings appointments. A completed
 * task is completed after the load (statecode/statuscode of the target activity).
 */
final class TaskRules {
    /** Target, its "completed" statecode and statuscode (task 1/5 Completed, phonecall 1/2 Made, appointment 1/3). */
    private record Activity(String table, When when, int state, int status) {
    }

    private TaskRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        List<Activity> activities = new ArrayList<>();
        if (ctx.input.settings().tasksAsActivities()) {
            activities.add(new Activity("phonecall", When.columnIn("type", List.of("call")), 1, 2));
            activities.add(new Activity("appointment", When.columnIn("type", List.of("meeting")), 1, 3));
        }
        activities.add(new Activity("task", null, 1, 5));
        List<TableDraft> drafts = new ArrayList<>();
        for (Activity a : activities) {
            TableDraft d = new TableDraft(table, a.table(), a.when(), reason(a), true, ctx);
            table.columns().forEach(c -> column(c, d, a));
            drafts.add(d);
        }
        return drafts;
    }

    private static String reason(Activity a) {
        return a.when() == null ? "tasks are tasks regarding their contact or lead"
                : "tasks of type " + a.when().in() + " become " + a.table() + " activities";
    }

    private static void column(ColumnInfo c, TableDraft d, Activity a) {
        ProposalContext ctx = d.ctx;
        switch (c.name()) {
            case "id" -> Common.id(d);
            case "sales_id" -> Common.owner(d);
            case "contact_id" -> d.map("contact_id").to("regardingobjectid").via(Transform.CONTACT_LOOKUP)
                    .param("contact", "regardingobjectid_contact_" + a.table())
                    .param("lead", "regardingobjectid_lead_" + a.table())
                    .high("regarding the contact, or the lead when the contact was routed as a lead");
            case "type" -> d.map("type").to(d.newColumn(ctx.columns.choice("TaskType", "Task type",
                    ctx.optionSets.taskType(), false, "Atomic CRM task type"))).via(Transform.CHOICE)
                    .optionSet(ctx.optionSets.taskType()).high("the task type, as a choice with the configured labels");
            case "text" -> d.map("text").to("subject", "description").via(Transform.SUBJECT_AND_BODY)
                    .high("the first line (cut to the subject's length) is the subject; the whole text is the"
                            + " description, so nothing is lost");
            case "due_date" -> d.map("due_date")
                    .to(a.table().equals("appointment") ? new String[] {"scheduledstart", "scheduledend"}
                            : new String[] {"scheduledend"})
                    .via(Transform.DATETIME).high("the due date");
            case "done_date" -> d.map("done_date").to("actualend").via(Transform.COMPLETION)
                    .param("state", a.state()).param("status", a.status())
                    .high("a done task is completed after the load (statecode " + a.state() + ", statuscode "
                            + a.status() + "), with its done date as the actual end");
            default -> CustomColumns.propose(c, d);
        }
    }
}
