package org.jinguo.unit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDetails;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitNode;
import org.jinguo.unit.service.UnitRow;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree page: the user's unit at the top, children loaded as she opens a branch, a
 * name search with paging, and the details of the selected unit.
 */
@Named
@ViewScoped
public class UnitTreeBean implements Serializable {

    /** Stands in for the children of a branch not opened yet. */
    private static final String PLACEHOLDER = "placeholder";

    @Inject
    UnitDirectory units;

    private Long selectedId;
    private TreeNode<Object> root;
    private TreeNode<Object> selectedNode;
    private UnitDetails selected;
    private String searchText;
    private PagedList<UnitRow> searchResults;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>("root", null);
        UnitNode top = units.scopeRoot();
        TreeNode<Object> topNode = branch(top, root);
        topNode.setExpanded(true);
        loadChildren(topNode);
        searchResults = new PagedList<>((first, max) -> units.search(searchText, first, max),
                () -> units.count(searchText), row -> String.valueOf(row.id()));
        show(top.id());
    }

    /** View action: a unit chosen by the URL ({@code ?id=}), e.g. after saving it. */
    public void load() {
        if (selectedId != null) {
            show(selectedId);
        }
    }

    public void onExpand(NodeExpandEvent event) {
        if (event.getTreeNode() != null) { // a hand-made request may name no node
            loadChildren(event.getTreeNode());
        }
    }

    public void onSelect(NodeSelectEvent event) {
        Object data = event.getTreeNode() == null ? null : event.getTreeNode().getData();
        if (data instanceof UnitNode node) {
            show(node.id());
        }
    }

    public void showFromSearch(long id) {
        show(id);
    }

    private void show(long id) {
        UiActions.attempt(null, () -> {
            selected = units.details(id);
            selectedId = id;
        });
    }

    @SuppressWarnings("unchecked")
    private void loadChildren(TreeNode<?> node) {
        TreeNode<Object> parent = (TreeNode<Object>) node;
        boolean unloaded = parent.getChildCount() == 1 && PLACEHOLDER.equals(parent.getChildren().get(0).getData());
        if (!unloaded || !(parent.getData() instanceof UnitNode unit)) {
            return;
        }
        parent.getChildren().clear();
        try {
            for (UnitNode child : units.children(unit.id())) {
                branch(child, parent);
            }
        } catch (JinguoException e) {
            UiActions.show(null, e);
        }
    }

    private static TreeNode<Object> branch(UnitNode unit, TreeNode<Object> parent) {
        TreeNode<Object> node = new DefaultTreeNode<>("unit", unit, parent);
        if (!unit.leaf()) {
            new DefaultTreeNode<>("placeholder", PLACEHOLDER, node);
        }
        return node;
    }

    public TreeNode<Object> getRoot() {
        return root;
    }

    public TreeNode<Object> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Object> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public UnitDetails getSelected() {
        return selected;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public PagedList<UnitRow> getSearchResults() {
        return searchResults;
    }
}
