package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.service.ItemForm;
import org.jinguo.bridge.service.ServiceMenuService;
import org.jinguo.bridge.service.ServiceMenuService.ItemRow;
import org.jinguo.bridge.service.ServiceMenuService.LevelRow;
import org.jinguo.platform.web.UiActions;
import org.jinguo.vocabulary.ServiceLine;
import org.primefaces.PrimeFaces;

/** The service menu of the six lines (服务菜单) and their service levels; the district keeps both. */
@Named
@ViewScoped
public class MenuBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceMenuService menu;

    private ServiceLine line;
    private boolean withRetired;
    private List<ItemRow> items;
    private List<LevelRow> levels;
    private ItemForm form = new ItemForm();
    private LevelRow level;
    private int acceptDays;
    private int dispatchDays;
    private int rateDays;

    @PostConstruct
    void init() {
        search();
        levels = menu.levels();
    }

    public void search() {
        items = menu.items(line, withRetired);
    }

    public void prepare() {
        form = new ItemForm();
        form.setLine(line == null ? ServiceLine.FAMILY_AID : line);
        form.getKinds().add(org.jinguo.bridge.model.ProviderKind.VOLUNTEER);
    }

    public void edit(long id) {
        form = menu.editForm(id);
    }

    public void save() {
        Boolean done = UiActions.attempt("itemForm", () -> {
            menu.save(form);
            UiActions.info("menu.saved", form.getNameZh());
            return Boolean.TRUE;
        });
        if (done != null) {
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
            search();
        }
    }

    public void editLevel(LevelRow row) {
        level = row;
        acceptDays = row.acceptDays();
        dispatchDays = row.dispatchDays();
        rateDays = row.rateDays();
    }

    public void saveLevel() {
        if (level == null) {
            UiActions.nothingChosen();
            return;
        }
        Boolean done = UiActions.attempt("levelForm", () -> {
            menu.saveLevel(level.line(), acceptDays, dispatchDays, rateDays, level.version());
            UiActions.info("levels.saved");
            return Boolean.TRUE;
        });
        if (done != null) {
            PrimeFaces.current().executeScript("PF('levelDialog').hide()");
            level = null;
            levels = menu.levels();
        }
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public boolean isWithRetired() {
        return withRetired;
    }

    public void setWithRetired(boolean withRetired) {
        this.withRetired = withRetired;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public ItemForm getForm() {
        return form;
    }

    public LevelRow getLevel() {
        return level;
    }

    public int getAcceptDays() {
        return acceptDays;
    }

    public void setAcceptDays(int acceptDays) {
        this.acceptDays = acceptDays;
    }

    public int getDispatchDays() {
        return dispatchDays;
    }

    public void setDispatchDays(int dispatchDays) {
        this.dispatchDays = dispatchDays;
    }

    public int getRateDays() {
        return rateDays;
    }

    public void setRateDays(int rateDays) {
        this.rateDays = rateDays;
    }
}
