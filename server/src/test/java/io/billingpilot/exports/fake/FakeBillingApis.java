package io.billingpilot.exports.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An in-process fake of the Data Exports and legacy Cost and Usage Report APIs at the HTTP level
 * (awsJson1_1: {@code POST /}, {@code X-Amz-Target}, JSON bodies, {@code __type} errors). No
 * emulator of these services exists; see README.md next to this file for what it checks and why.
 * It answers on one loopback port for both services, as the endpoint variables can point both there.
 */
public final class FakeBillingApis implements AutoCloseable {
    public static final String CONTROL_REGION = "us-east-1";
    private static final String DATA_EXPORTS_TARGET = "AWSBillingAndCostManagementDataExports.";
    private static final String CUR_TARGET = "AWSOrigamiServiceGatewayService.";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16, runnable -> {
        Thread thread = new Thread(runnable, "fake-billing-apis");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SigV4Verifier.Key> keys = new ConcurrentHashMap<>();
    private final Set<String> memberAccounts = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, FakeExport>> exports = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> reports = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Function<String, String> bucketPolicy;
    private final Clock clock;
    private volatile Duration delay = Duration.ZERO;
    private final List<Long> handlingNanos = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param bucketPolicy the bucket's policy text as S3 holds it (null when it has none), for the
     *                     destination check AWS makes when an export is created; null skips that check
     */
    private FakeBillingApis(Function<String, String> bucketPolicy, Clock clock) throws IOException {
        this.bucketPolicy = bucketPolicy;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static FakeBillingApis start(Function<String, String> bucketPolicy) {
        try {
            return new FakeBillingApis(bucketPolicy, Clock.systemUTC());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake billing APIs", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A key the fake accepts, for an account. */
    public FakeBillingApis addKey(String accessKey, String secret, String sessionToken, String account) {
        keys.put(accessKey, new SigV4Verifier.Key(secret, sessionToken, account));
        return this;
    }

    /** An account that belongs to an organization without being its management account. */
    public FakeBillingApis addMemberAccount(String account) {
        memberAccounts.add(account);
        return this;
    }

    /** The next {@code times} calls of an operation ("*" for any) answer the fault. */
    public void inject(String operation, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(operation, key -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    /** Every answer waits this long first: a slow endpoint. */
    public void delayEachCall(Duration value) {
        delay = value;
    }

    /** The operations called so far, in order (signature-refused requests included, as "!Op"). */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public Optional<FakeExport> export(String account, String name) {
        return Optional.ofNullable(exports.getOrDefault(account, Map.of()).get(name));
    }

    public Optional<JsonNode> report(String account, String name) {
        return Optional.ofNullable(reports.getOrDefault(account, Map.of()).get(name));
    }

    /** Sets what GetExport says about the export's health. */
    public void setHealth(FakeExport export, String statusCode, String statusReason) {
        export.statusCode = statusCode;
        export.statusReason = statusReason;
        export.lastUpdatedAt = clock.instant();
    }

    /** Records a run of the export, as ListExecutions will show it. */
    public String addRun(FakeExport export, String statusCode, String statusReason) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        synchronized (export) {
            export.runs.add(new FakeExport.Run(id, statusCode, statusReason, now,
                    statusCode.startsWith("DELIVERY_") || statusCode.equals("QUERY_FAILURE") ? now : null));
        }
        if (statusCode.equals("DELIVERY_SUCCESS")) {
            export.lastRefreshedAt = now;
        }
        return id;
    }

    /** Sets a legacy report's ReportStatus. */
    public void setReportStatus(String account, String name, String lastStatus, String lastDelivery) {
        ObjectNode report = reports.getOrDefault(account, Map.of()).get(name);
        ObjectNode status = report.putObject("ReportStatus");
        status.put("lastStatus", lastStatus);
        status.put("lastDelivery", lastDelivery);
    }

    /**
     * A delivery as AWS makes it: the bucket policy must still admit the writer (else the run fails with
     * INSUFFICIENT_PERMISSION and the export turns UNHEALTHY); on success the files are written through
     * {@code writer} (bucket, key, bytes) and the run ends in DELIVERY_SUCCESS.
     */
    public String deliver(FakeExport export, String billingPeriod, FileWriter writer) {
        if (!admits(export.bucket(), export.account)) {
            setHealth(export, "UNHEALTHY", "INSUFFICIENT_PERMISSION");
            return addRun(export, "DELIVERY_FAILURE", "INSUFFICIENT_PERMISSION");
        }
        String root = export.prefix().isEmpty() ? export.name() + "/" : export.prefix() + "/" + export.name() + "/";
        boolean parquet = "PARQUET".equals(export.destination().path("S3OutputConfigurations").path("Format").asText());
        String data = root + "data/BILLING_PERIOD=" + billingPeriod + "/" + export.name() + "-00001"
                + (parquet ? ".snappy.parquet" : ".csv.gz");
        writer.write(export.bucket(), data, "billing data".getBytes(StandardCharsets.UTF_8));
        ObjectNode manifest = Json.MAPPER.createObjectNode();
        manifest.putArray("dataFiles").add("s3://" + export.bucket() + "/" + data);
        writer.write(export.bucket(), root + "metadata/BILLING_PERIOD=" + billingPeriod + "/" + export.name()
                + "-Manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
        setHealth(export, "HEALTHY", null);
        return addRun(export, "DELIVERY_SUCCESS", null);
    }

    @FunctionalInterface
    public interface FileWriter {
        void write(String bucket, String key, byte[] content);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The longest time one request took here (injected delay included) since the last call, in nanoseconds. */
    public long slowestAndReset() {
        synchronized (handlingNanos) {
            long slowest = handlingNanos.stream().mapToLong(Long::longValue).max().orElse(0);
            handlingNanos.clear();
            return slowest;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY);
            }
            String target = SigV4Verifier.header(exchange.getRequestHeaders(), "x-amz-target").orElse("");
            String operation = target.contains(".") ? target.substring(target.indexOf('.') + 1) : target;
            pause();
            Answer answer = answer(exchange, target, operation, body);
            byte[] bytes = answer.body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            if (answer.body.has("__type")) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", answer.body.get("__type").asText());
            }
            exchange.sendResponseHeaders(answer.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            handlingNanos.add(System.nanoTime() - started);
        } catch (IOException e) {
            // The client went away (a timeout test aborting its attempt): nothing to answer.
        }
    }

    private void pause() {
        Duration wait = delay;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Answer(int status, ObjectNode body) {
    }

    private static Answer error(int status, String type, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("__type", type);
        if (message != null && !message.isEmpty()) {
            body.put("message", message);
        }
        return new Answer(status, body);
    }

    private static Answer ok(ObjectNode body) {
        return new Answer(200, body);
    }

    private Answer answer(HttpExchange exchange, String target, String operation, byte[] body) {
        if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
            return error(404, "UnknownOperationException", null);
        }
        String contentType = SigV4Verifier.header(exchange.getRequestHeaders(), "content-type").orElse("");
        if (!contentType.startsWith("application/x-amz-json-1.1")) {
            return error(400, "SerializationException", "Content-Type must be application/x-amz-json-1.1");
        }
        String host = SigV4Verifier.header(exchange.getRequestHeaders(), "host").orElse("");
        Object verified = SigV4Verifier.verify(host, exchange.getRequestHeaders(), body, keys);
        if (verified instanceof SigV4Verifier.Refusal refusal) {
            calls.add("!" + operation);
            return error(refusal.status(), refusal.type(), refusal.message());
        }
        SigV4Verifier.Scope scope = (SigV4Verifier.Scope) verified;
        calls.add(operation);
        boolean dataExports = target.startsWith(DATA_EXPORTS_TARGET);
        if (!dataExports && !target.startsWith(CUR_TARGET)) {
            return error(400, "UnknownOperationException", null);
        }
        String service = dataExports ? "bcm-data-exports" : "cur";
        if (!scope.service().equals(service)) {
            return error(403, "InvalidSignatureException", "Credential should be scoped to correct service: '"
                    + service + "'.");
        }
        if (!scope.region().equals(CONTROL_REGION)) {
            // What setup tools report when they create outside us-east-1: a ValidationException without a message.
            return error(400, "ValidationException", null);
        }
        Fault fault = nextFault(operation);
        if (fault != null) {
            return error(fault.status, fault.type, fault.message);
        }
        JsonNode request;
        try {
            request = body.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return error(400, "SerializationException", "The body is not JSON");
        }
        String account = keys.get(scope.accessKey()).account();
        return dataExports ? dataExports(operation, request, account) : cur(operation, request, account);
    }

    private Fault nextFault(String operation) {
        for (String key : new String[]{operation, "*"}) {
            Deque<Fault> queue = faults.get(key);
            if (queue != null) {
                synchronized (queue) {
                    Fault fault = queue.poll();
                    if (fault != null) {
                        return fault;
                    }
                }
            }
        }
        return null;
    }

    private Answer dataExports(String operation, JsonNode request, String account) {
        Map<String, FakeExport> own = exports.computeIfAbsent(account, key -> new ConcurrentHashMap<>());
        switch (operation) {
            case "CreateExport": {
                if (memberAccounts.contains(account)) {
                    return error(400, "ValidationException", null);
                }
                JsonNode export = request.path("Export");
                String problem = ExportRules.export(export);
                if (problem != null) {
                    return error(400, "ValidationException", problem);
                }
                String name = export.path("Name").asText();
                if (own.containsKey(name)) {
                    // Which error AWS answers for a taken name is not documented; a ValidationException is assumed.
                    return error(400, "ValidationException", "An export named " + name + " already exists");
                }
                String bucket = export.path("DestinationConfigurations").path("S3Destination").path("S3Bucket").asText();
                if (!admits(bucket, account)) {
                    return error(400, "ValidationException", "S3 bucket permission validation failed");
                }
                String arn = "arn:aws:bcm-data-exports:" + CONTROL_REGION + ":" + account + ":export/" + name + "-"
                        + UUID.randomUUID();
                ObjectNode stored = export.deepCopy();
                stored.put("ExportArn", arn);
                own.put(name, new FakeExport(account, arn, stored, clock.instant()));
                return ok(Json.MAPPER.createObjectNode().put("ExportArn", arn));
            }
            case "ListExports": {
                ObjectNode answer = Json.MAPPER.createObjectNode();
                ArrayNode list = answer.putArray("Exports");
                for (FakeExport export : own.values()) {
                    list.addObject().put("ExportArn", export.arn).put("ExportName", export.name())
                            .set("ExportStatus", status(export));
                }
                return ok(answer);
            }
            case "GetExport": {
                FakeExport export = byArn(own, request.path("ExportArn").asText());
                if (export == null) {
                    return error(400, "ResourceNotFoundException", "No export with this ARN");
                }
                ObjectNode answer = Json.MAPPER.createObjectNode();
                answer.set("Export", export.definition());
                answer.set("ExportStatus", status(export));
                return ok(answer);
            }
            case "ListExecutions": {
                FakeExport export = byArn(own, request.path("ExportArn").asText());
                if (export == null) {
                    return error(400, "ResourceNotFoundException", "No export with this ARN");
                }
                ObjectNode answer = Json.MAPPER.createObjectNode();
                ArrayNode list = answer.putArray("Executions");
                for (FakeExport.Run run : export.runs()) {
                    list.addObject().put("ExecutionId", run.id()).set("ExecutionStatus", runStatus(run));
                }
                return ok(answer);
            }
            case "GetExecution": {
                FakeExport export = byArn(own, request.path("ExportArn").asText());
                String id = request.path("ExecutionId").asText();
                Optional<FakeExport.Run> run = export == null ? Optional.empty()
                        : export.runs().stream().filter(r -> r.id().equals(id)).findFirst();
                if (run.isEmpty()) {
                    return error(400, "ResourceNotFoundException", "No such execution");
                }
                ObjectNode answer = Json.MAPPER.createObjectNode().put("ExecutionId", id);
                answer.set("Export", export.definition());
                answer.set("ExecutionStatus", runStatus(run.get()));
                return ok(answer);
            }
            default:
                return error(400, "UnknownOperationException", null);
        }
    }

    private Answer cur(String operation, JsonNode request, String account) {
        Map<String, ObjectNode> own = reports.computeIfAbsent(account, key -> Collections.synchronizedMap(new LinkedHashMap<>()));
        switch (operation) {
            case "PutReportDefinition": {
                if (memberAccounts.contains(account)) {
                    return error(400, "ValidationException", null);
                }
                JsonNode report = request.path("ReportDefinition");
                String problem = ExportRules.report(report);
                if (problem != null) {
                    return error(400, "ValidationException", problem);
                }
                String name = report.path("ReportName").asText();
                synchronized (own) {
                    if (own.containsKey(name)) {
                        return error(400, "DuplicateReportNameException", "A report with the specified name already exists");
                    }
                    if (own.size() >= 5) {
                        return error(400, "ReportLimitReachedException", "Report limit reached");
                    }
                    own.put(name, report.deepCopy());
                }
                return ok(Json.MAPPER.createObjectNode());
            }
            case "DescribeReportDefinitions": {
                if (request.has("MaxResults") && request.get("MaxResults").asInt() != 5) {
                    return error(400, "ValidationException", "MaxResults must be 5");
                }
                List<ObjectNode> all;
                synchronized (own) {
                    all = new ArrayList<>(own.values());
                }
                int from = request.has("NextToken") ? Integer.parseInt(request.get("NextToken").asText()) : 0;
                ObjectNode answer = Json.MAPPER.createObjectNode();
                ArrayNode list = answer.putArray("ReportDefinitions");
                all.subList(Math.min(from, all.size()), Math.min(from + 5, all.size())).forEach(list::add);
                if (from + 5 < all.size()) {
                    answer.put("NextToken", Integer.toString(from + 5));
                }
                return ok(answer);
            }
            default:
                return error(400, "UnknownOperationException", null);
        }
    }

    /** AWS validates the destination's policy when an export is created, and again at each delivery. */
    private boolean admits(String bucket, String account) {
        if (bucketPolicy == null) {
            return true;
        }
        String policy = bucketPolicy.apply(bucket);
        return policy != null && PolicyAnalyzer.analyze(policy,
                new PolicyRequest(bucket, ReportType.DATA_EXPORTS, account, Partition.AWS)).deliverable();
    }

    private static FakeExport byArn(Map<String, FakeExport> own, String arn) {
        return own.values().stream().filter(export -> export.arn.equals(arn)).findFirst().orElse(null);
    }

    private static ObjectNode status(FakeExport export) {
        ObjectNode status = Json.MAPPER.createObjectNode().put("StatusCode", export.statusCode);
        if (export.statusReason != null) {
            status.put("StatusReason", export.statusReason);
        }
        status.put("CreatedAt", export.createdAt.toString());
        status.put("LastUpdatedAt", export.lastUpdatedAt.toString());
        if (export.lastRefreshedAt != null) {
            status.put("LastRefreshedAt", export.lastRefreshedAt.toString());
        }
        return status;
    }

    private static ObjectNode runStatus(FakeExport.Run run) {
        ObjectNode status = Json.MAPPER.createObjectNode().put("StatusCode", run.statusCode());
        if (run.statusReason() != null) {
            status.put("StatusReason", run.statusReason());
        }
        status.put("CreatedAt", run.createdAt().toString());
        if (run.completedAt() != null) {
            status.put("CompletedAt", run.completedAt().toString());
        }
        status.put("LastUpdatedAt", (run.completedAt() != null ? run.completedAt() : run.createdAt()).toString());
        return status;
    }
}
