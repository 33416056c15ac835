package org.atomic2dynamics.core.port;

import java.util.List;
import org.atomic2dynamics.core.target.TargetTeam;
import org.atomic2dynamics.core.target.TargetUser;

/** The people and teams of the Dataverse environment that records can be assigned to. */
public interface TargetDirectory {

    List<TargetUser> users();

    List<TargetTeam> teams();
}
