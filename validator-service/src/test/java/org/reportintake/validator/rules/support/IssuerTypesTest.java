package org.reportintake.validator.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportintake.model.agency.IssuerType;

class IssuerTypesTest {

    @Test
    void readsPeoplesGovernmentsAndTheirOwnLevelReports() {
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("高安市人民政府"));
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("某某县人民政府"));
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("樟树市"));
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("上海市浦东新区"));
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("平潭综合实验区"));
        assertEquals(IssuerType.PEOPLES_GOVERNMENT, IssuerTypes.infer("樟树市政府"));
    }

    @Test
    void readsGovernmentOfficesAndBureausAsDepartments() {
        assertEquals(IssuerType.DEPARTMENT, IssuerTypes.infer("大通区人民政府办公室"));
        assertEquals(IssuerType.DEPARTMENT, IssuerTypes.infer("沭阳县发展和改革局"));
        assertEquals(IssuerType.DEPARTMENT, IssuerTypes.infer("高安市行政服务中心管委会"));
        assertEquals(IssuerType.DEPARTMENT, IssuerTypes.infer("宜春经济技术开发区管理委员会"));
    }

    @Test
    void readsTownsAndStreets() {
        assertEquals(IssuerType.TOWN_OR_STREET, IssuerTypes.infer("湖口县大垅乡"));
        assertEquals(IssuerType.TOWN_OR_STREET, IssuerTypes.infer("秦安县兴国镇人民政府"));
        assertEquals(IssuerType.TOWN_OR_STREET, IssuerTypes.infer("某某街道办事处"));
        assertEquals(IssuerType.TOWN_OR_STREET, IssuerTypes.infer("某某镇政府"));
    }

    @Test
    void readsDevelopmentZonesAndUnknownNamesAsOtherIssuers() {
        assertEquals(IssuerType.OTHER, IssuerTypes.infer("宜春经济技术开发区"));
        assertEquals(IssuerType.OTHER, IssuerTypes.infer(null));
        assertEquals(IssuerType.OTHER, IssuerTypes.infer("某某有限公司"));
    }
}
