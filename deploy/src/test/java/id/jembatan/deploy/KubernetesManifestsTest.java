package id.jembatan.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The manifests in deploy/kubernetes, read with the Kubernetes API's model (fabric8's classes, generated from the
 * API's OpenAPI schemas): every field must be one the API defines (a misspelt or misplaced field would otherwise be
 * dropped by kubectl without a word), required fields present, and the objects must fit together: two replicas and
 * probes on the management port, a disruption budget and an autoscaler for each Deployment, Secrets for every
 * reference, and network policies that let exactly the intended callers through.
 */
class KubernetesManifestsTest {

    private static final Path DIRECTORY = Path.of("kubernetes");
    private static final List<String> SERVICES = List.of("directory-service", "agreements-service", "assessment-service");
    private static final Map<String, Class<?>> CORE_KINDS = Map.of(
            "v1/Service", Service.class,
            "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
    /** Custom resources of the operators the deployment relies on; checked for their required fields below. */
    private static final Set<String> CUSTOM_KINDS = Set.of(
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database", "monitoring.coreos.com/v1/PodMonitor");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final Map<Class<?>, List<Object>> objects = new HashMap<>();
    private static final List<JsonNode> customResources = new ArrayList<>();

    @BeforeAll
    static void readEveryManifest() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no manifests in " + DIRECTORY.toAbsolutePath());
        for (Path file : files) {
            for (JsonNode document : YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll()) {
                if (document == null || document.isEmpty()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                String where = file.getFileName() + ": " + type + " " + document.path("metadata").path("name").asText();
                assertFalse(document.path("metadata").path("name").asText().isEmpty(), where + " has no name");
                Class<?> model = CORE_KINDS.get(type);
                if (model != null) {
                    Object object = STRICT.treeToValue(document, model);
                    List<String> unknown = new ArrayList<>();
                    unknownFields(object, "", unknown);
                    assertTrue(unknown.isEmpty(), where + " has fields the API does not define: " + unknown);
                    objects.computeIfAbsent(model, k -> new ArrayList<>()).add(object);
                } else if (CUSTOM_KINDS.contains(type)) {
                    customResources.add(document);
                } else {
                    fail(where + ": a kind this test does not know; add it to CORE_KINDS or CUSTOM_KINDS");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> all(Class<T> kind) {
        return (List<T>) objects.getOrDefault(kind, List.of());
    }

    @Test
    void eachServiceRunsTwoReplicasWithProbesOnTheManagementPort() {
        assertEquals(Set.copyOf(SERVICES), names(all(Deployment.class)));
        for (Deployment deployment : all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertTrue(deployment.getSpec().getReplicas() >= 2, name + " replicas");
            assertTrue(matches(deployment.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    name + " selector does not select its own pods");
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertNotNull(container.getImage(), name + " image");
            int management = port(container, "management");
            int http = port(container, "http");
            assertEquals(9000, management, name + " management port");
            for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe())) {
                assertNotNull(probe, name + " lacks a probe");
                HTTPGetAction get = probe.getHttpGet();
                assertEquals(management, get.getPort().getIntVal(), name + " probe " + get.getPath() + " not on the management port");
                assertTrue(get.getPath().startsWith("/q/health/"), name + " probe path " + get.getPath());
                assertTrue(probe.getTimeoutSeconds() >= 1 && probe.getFailureThreshold() >= 1, name + " probe timing");
            }
            assertTrue(http != management, name + " serves the API and management on one port");
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(requests.get(resource), name + " requests " + resource);
                assertNotNull(limits.get(resource), name + " limits " + resource);
                assertTrue(limits.get(resource).getNumericalAmount().compareTo(requests.get(resource).getNumericalAmount()) >= 0,
                        name + " " + resource + " limit below its request");
            }
            // The JVM's heap and metaspace must fit the memory limit with room for native memory.
            long limitMb = limits.get("memory").getNumericalAmount().longValue() / (1024 * 1024);
            assertTrue(limitMb >= 128 + 160 + 64, name + " memory limit " + limitMb + " MiB is below heap + metaspace + code cache");
        }
    }

    @Test
    void everySecretADeploymentReadsIsDefinedAndHoldsNoRealCredential() {
        Set<String> secrets = names(all(Secret.class));
        for (Deployment deployment : all(Deployment.class)) {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            List<String> referenced = container.getEnvFrom().stream().map(EnvFromSource::getSecretRef).map(ref -> ref.getName()).toList();
            assertTrue(referenced.contains("jembatan-identity"), deployment.getMetadata().getName() + " identity provider settings");
            String prefix = deployment.getMetadata().getName().replace("-service", "");
            assertTrue(referenced.contains(prefix + "-db"), deployment.getMetadata().getName() + " database settings");
            assertTrue(secrets.containsAll(referenced), "undefined secrets among " + referenced);
        }
        for (Secret secret : all(Secret.class)) {
            secret.getStringData().forEach((key, value) -> {
                if (key.endsWith("PASSWORD") || key.equals("password") || key.endsWith("TOKEN")) {
                    assertTrue(value.startsWith("CHANGE-ME"), secret.getMetadata().getName() + "." + key + " is not a placeholder");
                }
            });
        }
    }

    @Test
    void eachDeploymentHasADisruptionBudgetAndAnAutoscaler() {
        for (Deployment deployment : all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = all(PodDisruptionBudget.class).stream()
                    .filter(pdb -> matches(pdb.getSpec().getSelector(), podLabels)).toList();
            assertEquals(1, budgets.size(), name + " disruption budgets");
            assertTrue(budgets.get(0).getSpec().getMinAvailable().getIntVal() >= 1, name + " minAvailable");
            List<HorizontalPodAutoscaler> scalers = all(HorizontalPodAutoscaler.class).stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(name)
                            && hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && hpa.getSpec().getScaleTargetRef().getApiVersion().equals("apps/v1")).toList();
            assertEquals(1, scalers.size(), name + " autoscalers");
            assertTrue(scalers.get(0).getSpec().getMinReplicas() >= 2, name + " scales below two replicas");
            assertTrue(scalers.get(0).getSpec().getMaxReplicas() >= scalers.get(0).getSpec().getMinReplicas(), name + " max < min");
        }
    }

    @Test
    void networkPoliciesLetOnlyTheIntendedCallersThrough() {
        Map<String, Set<String>> allowed = new HashMap<>();
        List<String> callers = new ArrayList<>(SERVICES);
        callers.add("gateway");
        List<String> targets = new ArrayList<>(SERVICES);
        targets.add("postgresql");
        for (String target : targets) {
            for (String caller : callers) {
                if (admits(target, caller)) {
                    allowed.computeIfAbsent(caller, k -> new HashSet<>()).add(target);
                }
            }
        }
        assertEquals(Map.of(
                "gateway", Set.of("directory-service", "agreements-service", "assessment-service"),
                "assessment-service", Set.of("agreements-service", "directory-service", "postgresql"),
                "agreements-service", Set.of("directory-service", "postgresql"),
                "directory-service", Set.of("postgresql")), allowed);
        assertTrue(all(NetworkPolicy.class).stream().anyMatch(policy -> policy.getSpec().getIngress().isEmpty()
                        && matches(policy.getSpec().getPodSelector(), Map.of("app.kubernetes.io/part-of", "jembatan"))),
                "no default deny for Jembatan's pods");
    }

    @Test
    void postgresqlIsAPrimaryAndAStandbyFromCloudNativePg() {
        JsonNode cluster = customResources.stream().filter(r -> r.path("kind").asText().equals("Cluster")).findFirst()
                .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster"));
        assertEquals(2, cluster.path("spec").path("instances").asInt(), "instances: a primary and a standby");
        assertFalse(cluster.path("spec").path("storage").path("size").asText().isEmpty(), "storage size");
        Set<String> databases = new HashSet<>();
        databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        customResources.stream().filter(r -> r.path("kind").asText().equals("Database")).forEach(database -> {
            assertEquals(cluster.path("metadata").path("name").asText(), database.path("spec").path("cluster").path("name").asText());
            databases.add(database.path("spec").path("name").asText());
        });
        assertEquals(Set.of("directory", "agreements", "assessment"), databases);
        for (Secret secret : all(Secret.class)) {
            secret.getStringData().entrySet().stream().filter(e -> e.getKey().endsWith("_DB_URL")).forEach(url ->
                    assertTrue(url.getValue().startsWith("jdbc:postgresql://" + cluster.path("metadata").path("name").asText() + "-rw:5432/"),
                            url.getKey() + " does not name the cluster's read-write service"));
        }
        JsonNode monitor = customResources.stream().filter(r -> r.path("kind").asText().equals("PodMonitor")).findFirst()
                .orElseThrow(() -> new AssertionError("no PodMonitor"));
        assertEquals("management", monitor.path("spec").path("podMetricsEndpoints").path(0).path("port").asText());
        assertEquals("/q/metrics", monitor.path("spec").path("podMetricsEndpoints").path(0).path("path").asText());
    }

    /** Whether some policy selecting the target's pods admits traffic from the caller to its port. */
    private static boolean admits(String target, String caller) {
        Map<String, String> targetLabels = labelsOf(target);
        Map<String, String> callerLabels = caller.equals("gateway") ? Map.of() : labelsOf(caller);
        Map<String, String> callerNamespace = Map.of("kubernetes.io/metadata.name", caller.equals("gateway") ? "gateway" : "jembatan");
        for (NetworkPolicy policy : all(NetworkPolicy.class)) {
            if (!matches(policy.getSpec().getPodSelector(), targetLabels)) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                boolean toServicePort = rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() != 9000);
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    boolean namespaceOk = peer.getNamespaceSelector() == null ? callerNamespace.get("kubernetes.io/metadata.name").equals("jembatan")
                            : matches(peer.getNamespaceSelector(), callerNamespace);
                    boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), callerLabels);
                    if (toServicePort && namespaceOk && podOk && (peer.getPodSelector() != null || peer.getNamespaceSelector() != null)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Map<String, String> labelsOf(String workload) {
        if (workload.equals("postgresql")) {
            return Map.of("cnpg.io/cluster", "jembatan-db");
        }
        return all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(workload)).findFirst()
                .map(d -> d.getSpec().getTemplate().getMetadata().getLabels()).orElseThrow();
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(), "matchExpressions are not evaluated here");
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return !labels.isEmpty() && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static int port(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + name));
    }

    private static Set<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> resources) {
        Set<String> names = new HashSet<>();
        resources.forEach(r -> names.add(r.getMetadata().getName()));
        return names;
    }

    /**
     * fabric8's classes keep fields they do not know in additionalProperties instead of failing; any entry there
     * is a field the API does not define at that place.
     */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + "." + extra.keySet());
                }
            } else if (!getter.getName().equals("getNumericalAmount")) {
                unknownFields(child, path + "." + getter.getName(), unknown);
            }
        }
    }
}
