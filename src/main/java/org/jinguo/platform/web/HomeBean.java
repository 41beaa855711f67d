package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.work.MyWork;
import org.jinguo.platform.work.WorkItem;

/** The home page: the signed-in user's to-dos across every area, most urgent first (at most a minute old). */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    MyWork myWork;

    private List<WorkItem> items;

    public List<WorkItem> getItems() {
        if (items == null) {
            items = currentCaller.get().map(myWork::of).orElse(List.of());
        }
        return items;
    }

    /** Asks every area again now, for the user who has just done something and wants to see it gone. */
    public void refresh() {
        items = currentCaller.get().map(myWork::fresh).orElse(List.of());
    }
}
