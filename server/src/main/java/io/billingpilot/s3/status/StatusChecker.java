package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.s3.BucketLocation;
import io.billingpilot.s3.BucketLocator;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Errors;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.verify.ReachItems;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Which report files have arrived, month by month, and what is missing. Files are found by
 * prefix listings and never downloaded.
 */
public final class StatusChecker {
    private final S3Access access;
    private final Clock clock;
    private final Executor executor;

    public StatusChecker(S3Access access) {
        this(access, Clock.systemUTC());
    }

    /** With a fixed clock, "this month" is what the test says. */
    public StatusChecker(S3Access access, Clock clock) {
        this(access, clock, access.executor());
    }

    /** With {@code Runnable::run} as executor every listing runs after the other (used to measure the gain). */
    public StatusChecker(S3Access access, Clock clock, Executor executor) {
        this.access = access;
        this.clock = clock;
        this.executor = executor;
    }

    public DeliveryStatus check(StatusRequest request) {
        Optional<S3Failure> noCredentials = access.credentialsProblem();
        if (noCredentials.isPresent()) {
            return DeliveryStatus.failed(request, ReachItems.noCredentials(noCredentials.get()).findings(),
                    Outcome.COULD_NOT_CHECK);
        }
        String guess = request.region() != null ? request.region() : access.firstGuess(request.bucket());
        BucketLocation location;
        try {
            location = new BucketLocator(access).locate(request.bucket(), guess);
        } catch (S3Failure failure) {
            return DeliveryStatus.failed(request, ReachItems.bucketFailure(failure, request.bucket(), guess).findings(),
                    failure.is(S3Failure.Kind.NO_SUCH_BUCKET) ? Outcome.FINDINGS : Outcome.COULD_NOT_CHECK);
        }
        S3Client s3 = access.client(location.region());
        Listing listing = new Listing(s3, request.bucket());
        CompletableFuture<ReportFile> verification = CompletableFuture.supplyAsync(
                () -> verificationObject(s3, request.bucket()), executor);
        List<SourceFiles> found;
        boolean incomplete = false;
        try {
            if (request.report() == ReportType.DBR) {
                found = LegacyLayout.find(listing, request.account(), request.expected());
            } else {
                ReportRoots.Found roots = ReportRoots.find(listing, request.report(), request.prefix());
                incomplete = roots.incomplete();
                found = read(listing, request.report(), roots.roots());
            }
        } catch (RuntimeException e) {
            S3Failure failure = S3Errors.map(e, "listing the report files", access.settings().serverName());
            String fix = failure.is(S3Failure.Kind.ACCESS_DENIED)
                    ? "Use credentials allowed to s3:ListBucket on the bucket." : "Run status again in a moment.";
            return new DeliveryStatus(request, location.region(), List.of(), null,
                    List.of(Finding.error("cannot-list", failure.getMessage(), fix)), Outcome.COULD_NOT_CHECK,
                    listing.requests());
        }
        LocalDate today = LocalDate.now(clock);
        List<SourceStatus> sources = found.stream()
                .map(source -> new SourceStatus(source.name(), MonthRow.of(source, YearMonth.from(today)))).toList();
        ReportFile object = Futures.join(verification);
        List<Finding> findings = new ArrayList<>(StatusFindings.of(request, sources, object, today, incomplete));
        found.forEach(source -> findings.addAll(source.notes()));
        Outcome outcome = findings.stream().anyMatch(Finding::isError) ? Outcome.FINDINGS : Outcome.FINE;
        return new DeliveryStatus(request, location.region(), sources, object, findings, outcome, listing.requests());
    }

    private List<SourceFiles> read(Listing listing, ReportType report, List<String> roots) {
        List<SourceFiles> sources = new ArrayList<>();
        for (String root : roots) {
            sources.add(report == ReportType.CUR
                    ? CurLayout.read(listing, root, executor)
                    : DataExportLayout.read(listing, root, executor));
        }
        return sources;
    }

    /** AWS's verification write, or null when it is absent or cannot be seen. */
    private static ReportFile verificationObject(S3Client s3, String bucket) {
        try {
            HeadObjectResponse head = s3.headObject(call -> call.bucket(bucket).key(PolicyAnalyzer.TEST_OBJECT));
            return new ReportFile("verification", head.lastModified() == null ? null
                    : YearMonth.from(head.lastModified().atZone(ZoneOffset.UTC)).toString(),
                    PolicyAnalyzer.TEST_OBJECT, head.contentLength() == null ? 0 : head.contentLength(), head.lastModified());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
