package io.billingpilot.web;

/**
 * Who may call a route: every route of the server belongs to exactly one of these classes, and
 * the {@link RequestGuard} enforces them in one place. A route group declares the class of each
 * route it adds through {@link GuardedRoutes}, e.g.
 * {@code routes.post(RouteAccess.AWS_CHANGE, "/api/v1/actions/create-export", api::create)}:
 * a new route cannot be registered without saying which class it is in.
 *
 * <p>What the browser tells us and how each class treats it:
 * <ul>
 *   <li><b>Origin</b> is sent by browsers on every POST, PUT, PATCH and DELETE; scripts and the
 *       command line send none.</li>
 *   <li><b>Sec-Fetch-Site</b> is sent by browsers on every request: {@code same-origin} from the
 *       guide's own pages, {@code none} when the user typed the address, {@code same-site} or
 *       {@code cross-site} when another page (another port of 127.0.0.1 included) caused it.</li>
 * </ul>
 * A write without Origin that a browser marks cross-site or same-site is refused in every class.
 */
public enum RouteAccess {
    /**
     * Guide pages and forms, and session writes, that never sign a request to AWS. Any GET;
     * writes only from the server's own origin (or a client that is no browser).
     */
    GUIDE(false, false, false),
    /**
     * What the browser extension reports and asks for: {@code /api/v1/console},
     * {@code /api/v1/console/hello}, {@code /api/v1/policy} and {@code /api/v1/policy/*}. Writes
     * also from this extension's own {@code chrome-extension://ID} origin (the id follows from the
     * manifest's {@code key}, see {@link ExtensionId}) and from any {@code moz-extension://}
     * origin (Firefox makes a random one per profile). Nothing here may reach AWS.
     */
    EXTENSION_REPORT(true, false, false),
    /**
     * Reads that sign requests to AWS with the admin's credentials (verify, status, the delivery
     * page and its fragment, the guide's bucket check and policy preview): refused (403) whenever
     * the browser marks the request {@code cross-site} or {@code same-site}, GETs included, so no
     * page can make the server call AWS. Writes only from the server's own origin.
     */
    AWS_READ(false, true, false),
    /**
     * Actions that change something in AWS (apply-policy, create-bucket, create-export, in the
     * API and in the guide's forms): as {@link #AWS_READ}, and accepted only from the server's own
     * origin or from a client that sends neither Origin nor Sec-Fetch-Site (a local script).
     */
    AWS_CHANGE(false, true, true);

    private final boolean extensionsMayWrite;
    private final boolean signsAwsRequests;
    private final boolean changesAws;

    RouteAccess(boolean extensionsMayWrite, boolean signsAwsRequests, boolean changesAws) {
        this.extensionsMayWrite = extensionsMayWrite;
        this.signsAwsRequests = signsAwsRequests;
        this.changesAws = changesAws;
    }

    /** Whether this extension (Chromium, by its id) and Firefox extensions may write here. */
    public boolean extensionsMayWrite() {
        return extensionsMayWrite;
    }

    /** Whether the route sends requests signed with the admin's AWS credentials. */
    public boolean signsAwsRequests() {
        return signsAwsRequests;
    }

    /** Whether the route changes something in AWS. */
    public boolean changesAws() {
        return changesAws;
    }
}
