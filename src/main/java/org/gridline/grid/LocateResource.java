package org.gridline.grid;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.platform.error.DomainException;

import java.util.Optional;

/** Which grid a place is in, as reports will be routed: by map point, or by address text. */
@Path("/api/locate")
@Tag(name = "Locations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class LocateResource {
    private final GridDirectory directory;

    public LocateResource(GridDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "The grid of a point (lat and lng, WGS-84) or of an address; 404 when no grid has it")
    public Uni<Located> locate(@QueryParam("lat") Double lat, @QueryParam("lng") Double lng,
                               @QueryParam("address") String address) {
        return query(lat, lng, address).map(found -> found.orElseThrow(() -> DomainException.notFound("no-grid",
                "No grid contains this " + (address != null ? "address" : "point"))));
    }

    private Uni<Optional<Located>> query(Double lat, Double lng, String address) {
        if (address != null && (lat != null || lng != null)) {
            throw DomainException.badRequest("ambiguous-query", "Give either lat and lng, or address, not both");
        }
        if (address != null) {
            if (address.isBlank()) {
                throw DomainException.badRequest("invalid-address", "address is empty");
            }
            return directory.locateAddress(address);
        }
        if (lat == null || lng == null) {
            throw DomainException.badRequest("invalid-query", "Give lat and lng (both), or address");
        }
        return directory.locate(point(lat, lng));
    }

    private static GeoPoint point(double lat, double lng) {
        try {
            return new GeoPoint(lat, lng);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-point", e.getMessage());
        }
    }
}
