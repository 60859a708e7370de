using k8s;
using k8s.Models;
using Sign2Gpt.Contracts.Hosting;
using YamlDotNet.RepresentationModel;

namespace Sign2Gpt.Deploy.Tests;

/// <summary>
/// The manifests as the API server would take them (strict models) and as the platform needs them: workloads that
/// select their own pods, every container sized and probed on the apps' real health endpoints, silos set up for
/// Orleans Kubernetes hosting with the RBAC it needs, a GPU pool apart from CPU silos, and every reference (Secret
/// keys, volumes, Services, ingress backends, autoscaler and budget targets) pointing at something that exists.
/// </summary>
public sealed class ManifestTests
{
    private static readonly string[] Apps = ["silo", "web", "trainer"];

    [Fact]
    public void Strict_reading_refuses_an_unknown_field()
    {
        const string misspelt = "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  selectr:\n    a: b\n";

        Assert.ThrowsAny<Exception>(() => KubernetesYaml.LoadAllFromString(misspelt, strict: true));
    }

    [Fact]
    public void Every_manifest_reads_strictly_into_kubernetes_models_and_the_kustomization_lists_exactly_them()
    {
        Assert.All(DeployFolder.Objects, o => Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(o.Object));
        Assert.All(DeployFolder.Objects, o => Assert.Equal("sign2gpt", o.Object is V1Namespace ns ? ns.Metadata.Name : ((IKubernetesObject<V1ObjectMeta>)o.Object).Metadata.NamespaceProperty));

        var kustomization = new YamlStream();
        kustomization.Load(new StringReader(File.ReadAllText(Path.Combine(DeployFolder.Kubernetes, "kustomization.yaml"))));
        var resources = ((YamlSequenceNode)((YamlMappingNode)kustomization.Documents[0].RootNode).Children[new YamlScalarNode("resources")])
            .Select(node => ((YamlScalarNode)node).Value!).Order(StringComparer.Ordinal);
        Assert.Equal(DeployFolder.ManifestFiles.Select(Path.GetFileName), resources);
    }

    [Fact]
    public void Every_workload_selects_its_own_pods_runs_as_non_root_and_sizes_and_probes_every_container()
    {
        foreach (var (name, selector, pod) in Workloads())
        {
            Assert.All(selector, label => Assert.Equal(label.Value, pod.Metadata.Labels[label.Key]));
            Assert.True(pod.Spec.SecurityContext?.RunAsNonRoot == true, $"{name} runs as root");
            foreach (var container in pod.Spec.Containers)
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources.Requests.ContainsKey(resource), $"{name}: no {resource} request");
                    Assert.True(container.Resources.Limits.ContainsKey(resource), $"{name}: no {resource} limit");
                }

                Assert.NotNull(container.ReadinessProbe);
                Assert.NotNull(container.LivenessProbe);
            }
        }
    }

    [Fact]
    public void The_apps_are_probed_on_their_real_health_endpoints_through_a_declared_port()
    {
        foreach (var app in Apps)
        {
            foreach (var (_, _, pod) in Workloads().Where(w => w.Pod.Metadata.Labels["app.kubernetes.io/name"] == app))
            {
                var container = Assert.Single(pod.Spec.Containers);
                var ports = container.Ports.Select(p => p.Name).ToHashSet();
                Assert.Equal(HealthEndpoints.ReadyPath, container.ReadinessProbe.HttpGet.Path);
                Assert.Equal(HealthEndpoints.LivePath, container.LivenessProbe.HttpGet.Path);
                Assert.Contains(container.ReadinessProbe.HttpGet.Port.Value, ports);
                Assert.Contains(container.LivenessProbe.HttpGet.Port.Value, ports);
                Assert.Contains(container.Env, e => e.Name == "ConnectionStrings__Redis" && e.ValueFrom?.SecretKeyRef is not null);
            }
        }
    }

    [Fact]
    public void Every_app_pod_is_scraped_by_prometheus_at_its_metrics_endpoint_on_its_declared_http_port_and_logs_json()
    {
        foreach (var app in Apps)
        {
            var pods = Workloads().Where(w => w.Pod.Metadata.Labels["app.kubernetes.io/name"] == app).ToList();
            Assert.NotEmpty(pods);
            foreach (var (name, _, pod) in pods)
            {
                var annotations = pod.Metadata.Annotations ?? new Dictionary<string, string>();
                Assert.True(annotations.TryGetValue("prometheus.io/scrape", out var scrape) && scrape == "true", $"{name}: not marked for scraping");
                Assert.True(annotations.TryGetValue("prometheus.io/path", out var path) && path == TelemetryExtensions.MetricsPath, $"{name}: scraped at {path}");
                Assert.True(annotations.TryGetValue("prometheus.io/port", out var port), $"{name}: no scrape port");
                var container = Assert.Single(pod.Spec.Containers);
                var http = Assert.Single(container.Ports, p => p.Name == "http");
                Assert.Equal(http.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), port);

                // The port the probes use is the one the app serves /metrics on, beside them.
                Assert.Equal("http", container.LivenessProbe.HttpGet.Port.Value);
                Assert.Contains(container.Env, e => e.Name == "Logging__Console__FormatterName" && e.Value == "json");
            }
        }
    }

    [Fact]
    public void Silos_carry_what_orleans_kubernetes_hosting_reads_and_may_watch_their_pods()
    {
        var silos = Workloads().Where(w => w.Pod.Metadata.Labels["app.kubernetes.io/name"] == "silo").ToList();
        Assert.Equal(2, silos.Count);
        foreach (var (_, _, pod) in silos)
        {
            Assert.Contains("orleans/serviceId", pod.Metadata.Labels.Keys);
            Assert.Contains("orleans/clusterId", pod.Metadata.Labels.Keys);
            var env = pod.Spec.Containers[0].Env.Select(e => e.Name).ToHashSet();
            Assert.Superset(new HashSet<string> { "POD_NAME", "POD_NAMESPACE", "POD_IP", "ORLEANS_SERVICE_ID", "ORLEANS_CLUSTER_ID" }, env);

            var account = pod.Spec.ServiceAccountName;
            Assert.Contains(DeployFolder.All<V1ServiceAccount>(), a => a.Metadata.Name == account);
            var binding = Assert.Single(DeployFolder.All<V1RoleBinding>(), b => b.Subjects.Any(s => s.Kind == "ServiceAccount" && s.Name == account));
            var role = Assert.Single(DeployFolder.All<V1Role>(), r => r.Metadata.Name == binding.RoleRef.Name);
            var pods = Assert.Single(role.Rules, r => r.Resources.Contains("pods"));
            Assert.Superset(new HashSet<string> { "get", "list", "watch", "delete" }, pods.Verbs.ToHashSet());
        }

        // Every silo pod of both pools joins one cluster.
        Assert.Single(silos.Select(s => (s.Pod.Metadata.Labels["orleans/serviceId"], s.Pod.Metadata.Labels["orleans/clusterId"])).Distinct());
    }

    [Fact]
    public void The_gpu_pool_asks_for_gpus_on_gpu_nodes_and_the_cpu_pool_does_not()
    {
        var gpu = Deployment("silo-gpu").Spec.Template.Spec;
        var cpu = Deployment("silo-cpu").Spec.Template.Spec;

        Assert.NotEmpty(gpu.NodeSelector);
        Assert.Equal("1", gpu.Containers[0].Resources.Limits["nvidia.com/gpu"].ToString());
        Assert.Contains(gpu.Containers[0].Env, e => e.Name == "Serving__Devices__0" && e.Value == "cuda");
        Assert.Null(cpu.NodeSelector);
        Assert.DoesNotContain("nvidia.com/gpu", cpu.Containers[0].Resources.Limits.Keys);
        Assert.Contains(cpu.Containers[0].Env, e => e.Name == "Serving__Devices__0" && e.Value == "cpu");
    }

    [Fact]
    public void Every_reference_points_at_something_that_exists()
    {
        var secrets = DeployFolder.All<V1Secret>().ToDictionary(s => s.Metadata.Name, s => s.StringData.Keys.ToHashSet());
        var claims = DeployFolder.All<V1PersistentVolumeClaim>().Select(c => c.Metadata.Name).ToHashSet();
        var workloads = Workloads().ToList();
        foreach (var (name, _, pod) in workloads)
        {
            foreach (var reference in pod.Spec.Containers.SelectMany(c => c.Env ?? []).Select(e => e.ValueFrom?.SecretKeyRef).OfType<V1SecretKeySelector>())
            {
                Assert.True(secrets.TryGetValue(reference.Name, out var keys) && keys.Contains(reference.Key), $"{name}: secret {reference.Name}/{reference.Key}");
            }

            foreach (var volume in pod.Spec.Volumes ?? [])
            {
                Assert.True(volume.PersistentVolumeClaim is null || claims.Contains(volume.PersistentVolumeClaim.ClaimName), $"{name}: claim {volume.PersistentVolumeClaim?.ClaimName}");
            }
        }

        foreach (var service in DeployFolder.All<V1Service>())
        {
            var pods = workloads.Where(w => service.Spec.Selector.All(l => w.Pod.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
            Assert.True(pods.Count > 0, $"service {service.Metadata.Name} selects no pods");
            var targets = service.Spec.Ports.Select(p => p.TargetPort.Value);
            Assert.All(targets, target => Assert.Contains(pods, w => w.Pod.Spec.Containers.Any(c => c.Ports.Any(p => p.Name == target))));
        }

        foreach (var backend in DeployFolder.All<V1Ingress>().SelectMany(i => i.Spec.Rules).SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service))
        {
            var service = Assert.Single(DeployFolder.All<V1Service>(), s => s.Metadata.Name == backend.Name);
            Assert.Contains(service.Spec.Ports, p => p.Name == backend.Port.Name);
        }

        var scaled = Assert.Single(DeployFolder.All<V2HorizontalPodAutoscaler>());
        Assert.Equal("silo-cpu", scaled.Spec.ScaleTargetRef.Name);
        Assert.Contains(DeployFolder.All<V1Deployment>(), d => d.Metadata.Name == scaled.Spec.ScaleTargetRef.Name);
        foreach (var budget in DeployFolder.All<V1PodDisruptionBudget>())
        {
            Assert.Contains(workloads, w => budget.Spec.Selector.MatchLabels.All(l => w.Pod.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value));
        }
    }

    [Fact]
    public void Grpc_ingest_is_proxied_as_grpc_and_the_portal_keeps_its_circuit_on_one_replica()
    {
        var ingresses = DeployFolder.All<V1Ingress>().ToList();
        var grpc = Assert.Single(ingresses, i => i.Spec.Rules.SelectMany(r => r.Http.Paths).Any(p => p.Backend.Service.Port.Name == "grpc"));
        Assert.Equal("GRPC", grpc.Metadata.Annotations["nginx.ingress.kubernetes.io/backend-protocol"]);
        Assert.NotEmpty(grpc.Spec.Tls);
        var portal = Assert.Single(ingresses, i => i.Spec.Rules.SelectMany(r => r.Http.Paths).Any(p => p.Backend.Service.Port.Name == "http"));
        Assert.Equal("cookie", portal.Metadata.Annotations["nginx.ingress.kubernetes.io/affinity"]);
    }

    private static V1Deployment Deployment(string name) => Assert.Single(DeployFolder.All<V1Deployment>(), d => d.Metadata.Name == name);

    private static IEnumerable<(string Name, IDictionary<string, string> Selector, V1PodTemplateSpec Pod)> Workloads() =>
        DeployFolder.All<V1Deployment>().Select(d => (d.Metadata.Name, d.Spec.Selector.MatchLabels, d.Spec.Template))
            .Concat(DeployFolder.All<V1StatefulSet>().Select(s => (s.Metadata.Name, s.Spec.Selector.MatchLabels, s.Spec.Template)));
}
