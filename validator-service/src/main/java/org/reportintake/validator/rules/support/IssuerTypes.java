package org.reportintake.validator.rules.support;

import java.util.regex.Pattern;

import org.reportintake.model.agency.IssuerType;

/**
 * Infers the issuer type from an agency name when the agency directory gives none.
 * "XX市人民政府" or a bare place name ("樟树市", the 本级 report) is a people's government;
 * "XX人民政府办公室" is a department (the office's own report).
 */
public final class IssuerTypes {

    private static final Pattern TOWN = Pattern.compile(".*(乡|镇|街道|街道办事处|苏木)(人民政府|政府)?$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            ".*(办公室|办公厅|局|厅|委员会|委|办|中心|管委会|站|所|院|署|处|队|馆|会)$");
    private static final Pattern ZONE = Pattern.compile(".*(开发区|高新区|园区|保税区)$");
    private static final Pattern GOVERNMENT = Pattern.compile(".*政府$");
    private static final Pattern PLACE = Pattern.compile(".*(省|自治区|市|州|盟|县|旗|区|实验区)$");

    private IssuerTypes() {
    }

    public static IssuerType infer(String agencyName) {
        if (agencyName == null || agencyName.isBlank()) {
            return IssuerType.OTHER;
        }
        String name = agencyName.replaceAll("[\\s\\u00a0\\u3000]", "");
        if (TOWN.matcher(name).matches()) {
            return IssuerType.TOWN_OR_STREET;
        }
        if (GOVERNMENT.matcher(name).matches()) {
            return IssuerType.PEOPLES_GOVERNMENT;
        }
        if (DEPARTMENT.matcher(name).matches()) {
            return IssuerType.DEPARTMENT;
        }
        if (ZONE.matcher(name).matches()) {
            // 开发区 are run by a 管委会, which the format doc counts with the departments
            return IssuerType.OTHER;
        }
        if (PLACE.matcher(name).matches()) {
            return IssuerType.PEOPLES_GOVERNMENT;
        }
        return IssuerType.OTHER;
    }
}
