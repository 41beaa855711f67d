package org.jinguo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jinguo.platform.export.ImportSheet.Problem;

/** An import problem in the user's language, with its column named as in the template (for every import page). */
@Named
@ApplicationScoped
public class ImportTexts {

    public String describe(Problem problem) {
        return Texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    public String column(Problem problem) {
        return problem.column() == null ? "" : Texts.get(problem.column());
    }
}
