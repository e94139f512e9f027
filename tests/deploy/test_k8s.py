"""The Kubernetes manifests (deploy/k8s/): every one valid, strictly (no unknown field), against
Kubernetes 1.28's schemas with kubernetes-validate (offline), and the topology they describe the
one the native tests run: Rasa autoscaled, the action server and the stores reachable from Rasa
only, the page static, socket.io sticky, the HTTP API without a route, retention every night,
secrets only by reference."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any, Dict, Iterator, List

import yaml

from tests.servers import ROOT, VENV_BIN

K8S = ROOT / "deploy" / "k8s"
KUBERNETES_VERSION = "1.28.0"
MANIFESTS = sorted(path for path in K8S.rglob("*.yaml") if path.name != "kustomization.yaml"
                   and path.name != "content.yaml")
RESOURCES = [document for path in MANIFESTS
             for document in yaml.safe_load_all(path.read_text(encoding="utf-8")) if document]
SECRET_VARIABLES = {"RASA_AUTH_TOKEN", "KNEE_REST_TOKEN", "DB_USER", "DB_PASSWORD"}


def of_kind(kind: str) -> List[Dict[str, Any]]:
    return [resource for resource in RESOURCES if resource["kind"] == kind]


def named(kind: str, name: str) -> Dict[str, Any]:
    return next(resource for resource in of_kind(kind) if resource["metadata"]["name"] == name)


def pod_specs() -> Iterator[Dict[str, Any]]:
    for resource in RESOURCES:
        if resource["kind"] in ("Deployment", "StatefulSet"):
            yield resource["spec"]["template"]
        elif resource["kind"] == "CronJob":
            yield resource["spec"]["jobTemplate"]["spec"]["template"]


def labels_of_pods() -> List[Dict[str, str]]:
    return [template["metadata"]["labels"] for template in pod_specs()]


def selects(selector: Dict[str, Any], labels: Dict[str, str]) -> bool:
    required = selector.get("matchLabels", selector)
    if not all(labels.get(key) == value for key, value in required.items() if key != "matchExpressions"):
        return False
    for expression in selector.get("matchExpressions", []):
        if expression["operator"] == "In" and labels.get(expression["key"]) not in expression["values"]:
            return False
    return True


def content_configmap(directory: Path) -> Path:
    """What `kubectl create configmap knee-content --from-file=content/` writes (docs)."""
    data = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "content").glob("*.yml"))}
    path = directory / "content.yaml"
    path.write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "ConfigMap",
                                    "metadata": {"name": "knee-content"}, "data": data}), encoding="utf-8")
    return path


def test_every_manifest_validates_strictly(tmp_path: Path) -> None:
    done = subprocess.run([str(VENV_BIN / "kubernetes-validate"), "--strict", "--quiet",
                           "--kubernetes-version", KUBERNETES_VERSION,
                           *map(str, MANIFESTS), str(content_configmap(tmp_path))],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(MANIFESTS) >= 10


def test_the_topology_has_every_kind_it_needs() -> None:
    kinds = {resource["kind"] for resource in RESOURCES}
    assert {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "CronJob", "NetworkPolicy",
            "PodDisruptionBudget", "ConfigMap", "StatefulSet", "Namespace"} <= kinds
    assert {resource["metadata"]["name"] for resource in of_kind("Deployment")} == {
        "knee-rasa", "knee-actions", "knee-page"}


def test_every_kustomization_names_files_that_exist_and_base_lists_every_file() -> None:
    for kustomization in K8S.rglob("kustomization.yaml"):
        spec = yaml.safe_load(kustomization.read_text(encoding="utf-8"))
        for entry in spec.get("resources", []) + spec.get("components", []):
            if entry != "content.yaml":  # made from content/ by kubectl (docs)
                assert (kustomization.parent / entry).exists(), f"{kustomization}: {entry}"
    base = yaml.safe_load((K8S / "base" / "kustomization.yaml").read_text(encoding="utf-8"))
    assert set(base["resources"]) == {path.name for path in (K8S / "base").glob("*.yaml")} - {"kustomization.yaml"}
    overlay = yaml.safe_load((K8S / "overlays" / "example" / "kustomization.yaml").read_text(encoding="utf-8"))
    images = {container["image"] for template in pod_specs()
              for container in template["spec"].get("containers", []) + template["spec"].get("initContainers", [])}
    assert {image for image in images if ":" not in image} == {entry["name"] for entry in overlay["images"]}


def test_selectors_find_their_pods() -> None:
    pods = labels_of_pods()
    for service in of_kind("Service"):
        if service["spec"].get("type") != "ExternalName":
            assert any(selects(service["spec"]["selector"], labels) for labels in pods), service["metadata"]
    for budget in of_kind("PodDisruptionBudget"):
        assert any(selects(budget["spec"]["selector"], labels) for labels in pods), budget["metadata"]
    for policy in of_kind("NetworkPolicy"):
        assert any(selects(policy["spec"]["podSelector"], labels) for labels in pods), policy["metadata"]
    for workload in of_kind("Deployment") + of_kind("StatefulSet"):
        assert selects(workload["spec"]["selector"], workload["spec"]["template"]["metadata"]["labels"])
    target = named("HorizontalPodAutoscaler", "knee-rasa")["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", "knee-rasa")


def test_rasa_and_retention_get_every_setting_and_secrets_only_by_reference() -> None:
    endpoints = (ROOT / "deploy" / "endpoints.yml").read_text(encoding="utf-8")
    needed = set(re.findall(r"\$\{(\w+)\}", endpoints))
    settings = set(named("ConfigMap", "knee-settings")["data"])
    rasa = named("Deployment", "knee-rasa")["spec"]["template"]["spec"]["containers"][0]
    retention = named("CronJob", "knee-retention")["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    for container, extra in ((rasa, {"RASA_AUTH_TOKEN", "KNEE_REST_TOKEN"}), (retention, set())):
        given = settings | {variable["name"] for variable in container.get("env", [])}
        assert needed | extra <= given, (container["name"], needed | extra - given)
    assert retention["command"] == ["python", "-m", "ops.retention", "--endpoints", "deploy/endpoints.yml"]
    for template in pod_specs():
        for container in template["spec"]["containers"]:
            for variable in container.get("env", []):
                if variable["name"] in SECRET_VARIABLES:
                    assert "secretKeyRef" in variable.get("valueFrom", {}), variable["name"]
    assert not of_kind("Secret")


def test_long_running_containers_have_probes_and_resource_requests() -> None:
    for workload in of_kind("Deployment") + of_kind("StatefulSet"):
        spec = workload["spec"]["template"]["spec"]
        for container in spec["containers"] + spec.get("initContainers", []):
            assert container["resources"]["requests"], container["name"]
        for container in spec["containers"]:
            assert "readinessProbe" in container, container["name"]
    rasa = named("Deployment", "knee-rasa")["spec"]["template"]["spec"]["containers"][0]
    assert {"startupProbe", "readinessProbe", "livenessProbe"} <= set(rasa)
    assert {"name": "KNEE_WORKERS", "value": "1"} in rasa["env"]  # one Rasa process a pod


def test_the_ingress_routes_the_page_socketio_and_webhooks_only() -> None:
    routes = {}
    for ingress in of_kind("Ingress"):
        assert ingress["spec"]["tls"][0]["secretName"] == "knee-tls"
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                routes[path["path"]] = (ingress, path["backend"]["service"]["name"])
    assert {path: service for path, (_, service) in routes.items()} == {
        "/socket.io/": "knee-rasa", "/webhooks/": "knee-rasa", "/": "knee-page"}
    socketio = routes["/socket.io/"][0]["metadata"]["annotations"]
    assert socketio["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    for path in ("/socket.io/", "/webhooks/"):
        annotations = routes[path][0]["metadata"]["annotations"]
        assert {"nginx.ingress.kubernetes.io/limit-rps", "nginx.ingress.kubernetes.io/limit-connections"} <= set(annotations)


def test_only_rasa_reaches_the_action_server_and_the_stores() -> None:
    actions = named("NetworkPolicy", "knee-actions")["spec"]["ingress"]
    assert [rule["from"][0]["podSelector"]["matchLabels"]["app.kubernetes.io/component"] for rule in actions] == ["rasa"]
    store_ports = {5432, 6379}
    reaching = set()
    for policy in of_kind("NetworkPolicy"):
        for rule in policy["spec"].get("egress", []):
            if store_ports & {port["port"] for port in rule.get("ports", [])}:
                reaching.add(policy["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/component"))
    assert reaching == {"rasa", "retention"}
    default = named("NetworkPolicy", "knee-default-deny")["spec"]
    assert default["podSelector"] == {} and set(default["policyTypes"]) == {"Ingress", "Egress"}
    stores = named("NetworkPolicy", "knee-stores")["spec"]["ingress"]
    assert {rule["from"][0]["podSelector"]["matchLabels"]["app.kubernetes.io/component"] for rule in stores} == {
        "rasa", "retention"}


def test_retention_runs_every_night() -> None:
    cronjob = named("CronJob", "knee-retention")["spec"]
    assert re.fullmatch(r"\d+ \d+ \* \* \*", cronjob["schedule"])
    assert cronjob["concurrencyPolicy"] == "Forbid"
