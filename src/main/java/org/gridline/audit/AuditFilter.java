package org.gridline.audit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.SecurityContext;
import org.gridline.auth.Role;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Records every request that changes something (POST, PUT, PATCH, DELETE) made by a staff member (ADMIN or LEADER,
 * through an {@code /api} token or a console session), whatever it answered: who, which role, the route template,
 * what it named (its path parameters, e.g. the report number) and the status. Anonymous requests (the webhook, the
 * login itself, which {@link AuditLog} records as a login) are not actions of anyone.
 */
public class AuditFilter {
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;
    private final Map<String, String> routes = new ConcurrentHashMap<>();

    public AuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response,
                            SimpleResourceInfo resource) {
        if (!CHANGES.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        String role = role(request.getSecurityContext());
        if (role == null) {
            return Uni.createFrom().voidItem();
        }
        String route = resource == null || resource.getResourceClass() == null
                ? "/" + request.getUriInfo().getPath().replaceFirst("^/", "") : route(resource);
        String target = request.getUriInfo().getPathParameters().entrySet().stream()
                .map(p -> String.join(",", p.getValue())).collect(Collectors.joining(" "));
        return audit.record(AuditRecord.action(request.getSecurityContext().getUserPrincipal().getName(), role,
                request.getMethod(), route, target.isEmpty() ? null : target, response.getStatus()));
    }

    private static String role(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return null;
        }
        return security.isUserInRole(Role.Names.ADMIN) ? Role.ADMIN.name()
                : security.isUserInRole(Role.Names.LEADER) ? Role.LEADER.name() : null;
    }

    /** The route template of the resource method: its class's {@code @Path} and its own. */
    private String route(SimpleResourceInfo resource) {
        String key = resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + Arrays.toString(resource.parameterTypes());
        return routes.computeIfAbsent(key, k -> template(resource));
    }

    private static String template(SimpleResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        String path = type == null ? "" : type.value();
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(),
                    resource.parameterTypes());
            Path own = method.getAnnotation(Path.class);
            if (own != null) {
                path = path.replaceAll("/+$", "") + "/" + own.value().replaceFirst("^/+", "");
            }
        } catch (NoSuchMethodException e) {
            // a method the class does not declare publicly: its class's path is the best there is
        }
        return path.startsWith("/") ? path : "/" + path;
    }
}
