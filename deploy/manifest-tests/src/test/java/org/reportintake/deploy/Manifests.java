package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.reportintake.deploy.Yaml.map;
import static org.reportintake.deploy.Yaml.maps;
import static org.reportintake.deploy.Yaml.optMap;
import static org.reportintake.deploy.Yaml.str;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading Kubernetes objects: a Deployment's container, its effective environment, quantities. */
final class Manifests {

    private Manifests() {
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        String what = "Deployment " + Kustomize.name(deployment);
        return map(map(map(deployment, "spec", what), "template", what + ".spec"), "spec", what + ".spec.template");
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return maps(podSpec(deployment), "containers", "Deployment " + Kustomize.name(deployment));
    }

    /** The one container of a service's Deployment. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = containers(deployment);
        assertEquals(1, containers.size(), "containers of " + Kustomize.name(deployment));
        return containers.get(0);
    }

    /** Where an environment variable's value comes from. */
    record EnvSource(String value, String configMap, String secret, String secretKey) {
        boolean fromSecret() {
            return secret != null;
        }
    }

    /**
     * The container's environment as the kubelet builds it: envFrom ConfigMaps in order, then env entries, each
     * overriding what came before. A referenced ConfigMap must exist among the rendered objects.
     */
    static Map<String, EnvSource> environment(Map<String, Object> container, List<Map<String, Object>> objects) {
        Map<String, EnvSource> env = new LinkedHashMap<>();
        String what = "container " + str(container, "name");
        for (Map<String, Object> from : maps(container, "envFrom", what)) {
            Map<String, Object> ref = map(from, "configMapRef", what + ".envFrom");
            String cmName = str(ref, "name");
            Map<String, Object> cm = Kustomize.find(objects, "ConfigMap", cmName);
            optMap(cm, "data", "ConfigMap " + cmName)
                    .forEach((k, v) -> env.put(k, new EnvSource(String.valueOf(v), cmName, null, null)));
        }
        for (Map<String, Object> e : maps(container, "env", what)) {
            String name = str(e, "name");
            assertNotNull(name, what + ": env entry without name");
            if (e.containsKey("value")) {
                env.put(name, new EnvSource(str(e, "value"), null, null, null));
            } else {
                Map<String, Object> ref = map(map(e, "valueFrom", what + " " + name), "secretKeyRef",
                        what + " " + name + ".valueFrom");
                env.put(name, new EnvSource(null, null, str(ref, "name"), str(ref, "key")));
            }
        }
        return env;
    }

    /** CPU in cores ("250m", "1", "1.5"). */
    static BigDecimal cpu(String q) {
        return q.endsWith("m") ? new BigDecimal(q.substring(0, q.length() - 1)).movePointLeft(3) : new BigDecimal(q);
    }

    /** Memory in bytes ("512Mi", "1Gi", "1G", "1000000"). */
    static BigDecimal memory(String q) {
        String[][] units = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"k", "1000"},
            {"M", "1000000"}, {"G", "1000000000"}};
        for (String[] u : units) {
            if (q.endsWith(u[0])) {
                return new BigDecimal(q.substring(0, q.length() - u[0].length())).multiply(new BigDecimal(u[1]));
            }
        }
        return new BigDecimal(q);
    }
}
