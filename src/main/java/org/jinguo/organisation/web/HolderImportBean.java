package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.HolderImport;
import org.jinguo.organisation.service.TermRow;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.ImportPage;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * Importing a term's office holders ({@code ?unit=U&term=T}): download the template, upload the filled
 * file, read the check of every row, then import the valid rows, or choose another file. The uploaded
 * file is kept in the view between the check and the import, which checks it again.
 */
@Named
@ViewScoped
public class HolderImportBean extends ImportPage<HolderImport.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    HolderImport importer;

    @Inject
    TermService terms;

    @Inject
    UnitDirectory units;

    private String unit;
    private String term;
    private UnitRow unitRow;
    private TermRow termRow;

    /** View action: the unit and one of its terms, or 404. */
    public void load() throws IOException {
        if (termRow != null) {
            return;
        }
        UiActions.load(() -> {
            long unitId = Long.parseLong(unit == null ? "" : unit.trim());
            long termId = Long.parseLong(term == null ? "" : term.trim());
            unitRow = units.row(unitId);
            termRow = terms.terms(unitId).stream().filter(t -> t.id() == termId).findFirst()
                    .orElseThrow(RecordNotFoundException::new);
        });
    }

    /** The empty template with one example row, in the user's language; not data, so not audited. */
    public void template() throws IOException {
        List<String> headers = HolderImport.COLUMNS.stream().map(Texts::get).toList();
        Downloads.xlsx(Texts.get("import.template.sheet"), headers, sheet -> {
            String first17 = "50010519870314002";
            sheet.row(Texts.get("import.example.name"), first17 + IdCardNumber.checkCharacter(first17), Texts.get("position." + Position.EXECUTIVE_MEMBER),
                    "13983001234", Texts.get("personTag." + PersonTag.COMMUNITY_ACTIVIST) + "、"
                            + Texts.get("personTag." + PersonTag.VOLUNTEER_LEADER));
            return 1;
        }, rows -> { });
    }

    public String importValid() {
        return UiActions.attempt("resultForm", () -> {
            int added = importer.importValid(termRow.id(), file());
            UiActions.info("import.done", added);
            return "/organisation/terms.xhtml?faces-redirect=true&unit=" + unitRow.id();
        });
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public UnitRow getUnitRow() {
        return unitRow;
    }

    public TermRow getTermRow() {
        return termRow;
    }

    @Override
    protected Preview<HolderImport.Row> preview(byte[] file) {
        return importer.preview(termRow.id(), file);
    }
}
