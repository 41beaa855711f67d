package org.jinguo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The request with some parameters set (replacing the client's) and some hidden, with the ajax header. */
final class PostParameters extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final boolean hideAjax;

    PostParameters(HttpServletRequest request, Map<String, String> set, Set<String> hidden) {
        super(request);
        Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
        all.keySet().removeAll(hidden);
        set.keySet().forEach(all::remove);
        set.forEach((name, value) -> all.put(name, new String[] {value}));
        this.parameters = Collections.unmodifiableMap(all);
        this.hideAjax = !hidden.isEmpty();
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public String getHeader(String name) {
        return hideAjax && "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
}
