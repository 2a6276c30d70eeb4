package org.reportintake.intake.agency;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/** Checks and stores directory entries, one by one or as a bulk import. */
@ApplicationScoped
public class AgencyService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AgencyRepository agencies;

    public AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Why an entry cannot be stored; {@code index} is its position in an import (0 for a single entry). */
    public record Problem(int index, String id, String messageZh) {
    }

    /** Thrown when an entry or an import has problems; nothing was stored. */
    public static class InvalidAgencyException extends RuntimeException {
        private final List<Problem> problems;

        public InvalidAgencyException(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public Optional<AgencyRecord> find(String id) {
        return agencies.find(id);
    }

    public List<AgencyRecord> list() {
        return agencies.list();
    }

    public AgencyRecord save(AgencyRecord agency) {
        importAll(List.of(agency));
        return agency;
    }

    /** Checks every entry first and stores all of them (upserts) only if none has a problem. */
    public int importAll(List<AgencyRecord> entries) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AgencyRecord a = entries.get(i);
            String problem = check(a);
            if (problem == null && !ids.add(a.id())) {
                problem = "同一批导入中机关编号重复。";
            }
            if (problem != null) {
                problems.add(new Problem(i, a == null ? null : a.id(), problem));
            }
        }
        for (int i = 0; i < entries.size() && problems.isEmpty(); i++) {
            AgencyRecord a = entries.get(i);
            if (a.parentId() != null && !ids.contains(a.parentId()) && agencies.find(a.parentId()).isEmpty()) {
                problems.add(new Problem(i, a.id(), "上级机关 " + a.parentId() + " 不在目录中。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAgencyException(problems);
        }
        entries.forEach(agencies::upsert);
        return entries.size();
    }

    public boolean delete(String id) {
        return agencies.delete(id);
    }

    private static String check(AgencyRecord a) {
        if (a == null) {
            return "空条目。";
        }
        if (a.id() == null || !ID.matcher(a.id()).matches()) {
            return "机关编号须为 2–64 位小写字母、数字或连字符。";
        }
        if (a.name() == null || a.name().isBlank()) {
            return "机关名称不能为空。";
        }
        if (a.issuerType() == null) {
            return "请填写发布主体类型（PEOPLES_GOVERNMENT、DEPARTMENT、TOWN_OR_STREET、OTHER）。";
        }
        if (a.regionCode() != null && !REGION_CODE.matcher(a.regionCode()).matches()) {
            return "行政区划代码须为 6 位数字。";
        }
        if (a.id().equals(a.parentId())) {
            return "上级机关不能是其本身。";
        }
        for (String email : a.contactEmails()) {
            if (email == null || !EMAIL.matcher(email).matches()) {
                return "联系邮箱格式不正确：" + email;
            }
        }
        for (String url : new String[] {a.websiteUrl(), a.reportColumnUrl()}) {
            if (url != null && !isHttpUrl(url)) {
                return "网址须以 http:// 或 https:// 开头：" + url;
            }
        }
        return null;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
