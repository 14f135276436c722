using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Server;

/// <summary>
/// The methods the server's routes take at a request's path, read from the routes themselves so that the API's and the
/// UI's 405 answers (and their <c>Allow</c> headers) cannot drift from what is mapped.
/// </summary>
internal static class AllowedMethods
{
    /// <summary>The methods accepted at the request's path, in route order (empty when no route lives there).</summary>
    public static List<string> At(HttpContext c)
    {
        var path = c.Request.Path.Value ?? "";
        var allowed = new List<string>();
        foreach (var endpoint in c.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods) continue;   // the fallbacks
            var route = new TemplateMatcher(TemplateParser.Parse(endpoint.RoutePattern.RawText ?? ""), []);
            var values = new RouteValueDictionary();
            if (!route.TryMatch(path, values)) continue;
            // Parameter constraints ({id:long}) are checked too: /articles/abc is no address, whatever the method.
            if (endpoint.RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(policy => policy.Content is "long" or "int")
                    && !long.TryParse(values[p.Name]?.ToString(), out _))) continue;
            allowed.AddRange(methods.Except(allowed));
        }
        return allowed;
    }

    /// <summary>Sets the <c>Allow</c> header and returns the sentence both answers give: "PUT is not accepted at /x: use GET or HEAD".</summary>
    public static string Refuse(HttpContext c, List<string> allowed)
    {
        c.Response.Headers.Allow = string.Join(", ", allowed);
        return $"{c.Request.Method} is not accepted at {c.Request.Path}: use {string.Join(" or ", allowed)}";
    }
}
