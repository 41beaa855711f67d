package org.jinguo.unit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDetails;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitNode;
import org.jinguo.unit.service.UnitRow;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree page: the user's unit at the top, children loaded as she opens a branch, a
 * name search with paging, and the details of the selected unit.
 *
 * <p>The session keeps only which branches she opened: the tree's nodes (a district's 160 streets and federations
 * with their placeholders, about 29 KB serialized) are transient and built again from those ids when the view is
 * restored from a copy, e.g. on another instance after a failover. The session is replicated after every request,
 * so what it holds is copied again each time.
 */
@Named
@ViewScoped
public class UnitTreeBean implements Serializable {

    /** Stands in for the children of a branch not opened yet. */
    private static final String PLACEHOLDER = "placeholder";

    @Inject
    UnitDirectory units;

    private Long selectedId;
    /** The branches she opened, in the order she opened them (each below one opened before it, or the top). */
    private final Set<Long> opened = new LinkedHashSet<>();
    private transient TreeNode<Object> root;
    private transient TreeNode<Object> selectedNode;
    private UnitDetails selected;
    private String searchText;
    private PagedList<UnitRow> searchResults;

    @PostConstruct
    void init() {
        UnitNode top = units.scopeRoot();
        root = build(top);
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
        expanded(event.getTreeNode());
    }

    void expanded(TreeNode<?> node) {
        if (node != null) { // a hand-made request may name no node
            loadChildren(node);
            if (node.getData() instanceof UnitNode unit) {
                opened.add(unit.id());
            }
        }
    }

    public void onCollapse(NodeCollapseEvent event) {
        collapsed(event.getTreeNode());
    }

    void collapsed(TreeNode<?> node) {
        if (node != null && node.getData() instanceof UnitNode unit) {
            opened.remove(unit.id());
        }
    }

    /** The top unit opened, and the branches she opened below it, opened again (their children read again). */
    private TreeNode<Object> build(UnitNode top) {
        TreeNode<Object> tree = new DefaultTreeNode<>("root", null);
        TreeNode<Object> topNode = branch(top, tree);
        topNode.setExpanded(true);
        loadChildren(topNode);
        Map<Long, TreeNode<Object>> shown = new HashMap<>();
        topNode.getChildren().forEach(child -> shown.put(((UnitNode) child.getData()).id(), child));
        for (Long id : opened) {
            TreeNode<Object> node = shown.get(id);
            if (node != null) {
                loadChildren(node);
                node.setExpanded(true);
                node.getChildren().stream().filter(child -> child.getData() instanceof UnitNode)
                        .forEach(child -> shown.put(((UnitNode) child.getData()).id(), child));
            }
        }
        return tree;
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
        if (root == null) {
            root = build(units.scopeRoot());
        }
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
