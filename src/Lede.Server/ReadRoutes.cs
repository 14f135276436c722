using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lede.Server;

/// <summary>Routes that only read: they answer HEAD as well as GET (monitors and link checkers ask HEAD; Kestrel sends no body for it).</summary>
internal static class ReadRoutes
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
