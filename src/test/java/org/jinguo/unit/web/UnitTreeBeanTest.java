package org.jinguo.unit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitDetails;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitNode;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

/** The unit tree keeps only which branches were opened in the session, and opens them again from a copy. */
class UnitTreeBeanTest {

    /** A district (1) with 120 streets (100…219), each with 8 communities. */
    static class District extends UnitDirectory implements Serializable {
        final List<Long> asked = new ArrayList<>();

        @Override
        public UnitNode scopeRoot() {
            return new UnitNode(1, "江北区妇联", UnitType.DISTRICT, 120);
        }

        @Override
        public List<UnitNode> children(long parentId) {
            asked.add(parentId);
            if (parentId == 1) {
                return LongStream.range(100, 220).mapToObj(id -> new UnitNode(id, "观音桥街道妇联" + id, UnitType.STREET, 8)).toList();
            }
            return LongStream.range(0, 8).mapToObj(n -> new UnitNode(parentId * 100 + n, "南桥寺社区妇联" + n,
                    UnitType.COMMUNITY, 0)).toList();
        }

        @Override
        public UnitDetails details(long id) {
            return null;
        }
    }

    @Test
    void aCopyOfTheViewOpensTheSameBranchesWithoutCarryingTheNodes() throws Exception {
        UnitTreeBean bean = new UnitTreeBean();
        bean.units = new District();
        bean.init();
        TreeNode<Object> top = bean.getRoot().getChildren().get(0);
        TreeNode<Object> street = top.getChildren().get(5);
        bean.expanded(street);
        TreeNode<Object> other = top.getChildren().get(9);
        bean.expanded(other);
        other.setExpanded(false); // as the tree does
        bean.collapsed(other);
        assertEquals(8, street.getChildCount());

        byte[] stored = serialize(bean);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("DefaultTreeNode"), "no node in the copy");
        UnitTreeBean restored = (UnitTreeBean) new ObjectInputStream(new ByteArrayInputStream(stored)).readObject();
        District fresh = new District();
        restored.units = fresh;

        TreeNode<Object> restoredTop = restored.getRoot().getChildren().get(0);
        assertTrue(restoredTop.isExpanded());
        assertEquals(120, restoredTop.getChildCount());
        TreeNode<Object> restoredStreet = restoredTop.getChildren().get(5);
        assertTrue(restoredStreet.isExpanded(), "the branch she opened is open again");
        assertEquals(List.of(10_500L, 10_501L), restoredStreet.getChildren().stream().limit(2)
                .map(n -> ((UnitNode) n.getData()).id()).toList());
        assertFalse(restoredTop.getChildren().get(9).isExpanded(), "the branch she closed stays closed");
        assertEquals(List.of(1L, 105L), fresh.asked, "only the open branches are read again");
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
