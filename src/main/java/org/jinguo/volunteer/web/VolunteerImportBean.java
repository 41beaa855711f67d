package org.jinguo.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.ImportPage;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.service.VolunteerImport;

/**
 * Importing volunteers: download the template, upload the filled file, read the check of every row, then
 * import the valid rows or choose another file. The file is kept in the view and checked again on import.
 */
@Named
@ViewScoped
public class VolunteerImportBean extends ImportPage<VolunteerImport.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerImport importer;

    /** The empty template with one example row, in the user's language; not data, so not audited. */
    public void template() throws IOException {
        List<String> headers = VolunteerImport.COLUMNS.stream().map(Texts::get).toList();
        Downloads.xlsx(Texts.get("volunteerImport.sheet"), headers, sheet -> {
            String first17 = "50010519880612002";
            sheet.row(Texts.get("import.example.name"), first17 + IdCardNumber.checkCharacter(first17), "13983001234",
                    "郭家沱社区", Texts.get("skill." + Skill.COOKING) + "、" + Texts.get("skill." + Skill.ELDER_CARE),
                    Texts.get("serviceLine." + ServiceLine.FAMILY_AID), Choices.label(DayOfWeek.SATURDAY, DayPart.MORNING),
                    "郭家沱街道");
            return 1;
        }, rows -> { });
    }

    @Override
    protected Preview<VolunteerImport.Row> preview(byte[] file) {
        return importer.preview(file);
    }

    public String importValid() {
        return UiActions.attempt("resultForm", () -> {
            UiActions.info("volunteerImport.done", importer.importValid(file()));
            return "/volunteer/volunteers.xhtml?faces-redirect=true";
        });
    }
}
