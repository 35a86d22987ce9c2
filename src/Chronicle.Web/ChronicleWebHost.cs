using System.Text.Json;
using Chronicle.Engine;
using Chronicle.Storage;
using Chronicle.Web.Api;
using Chronicle.Web.Hosting;
using Chronicle.Web.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web;

/// <summary>The web server's table of contents: services, middleware, the API's features, the dashboard.</summary>
public static class ChronicleWebHost
{
    /// <summary>Builds the server for <paramref name="options"/> listening on <paramref name="urls"/> (Kestrel).</summary>
    public static async Task<WebApplication> CreateAsync(WebOptions options, string urls, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        ArgumentNullException.ThrowIfNull(options);
        builder.WebHost.ConfigureKestrel(options.Limits.Apply);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await AddChronicleAsync(builder.Services, options, cancellationToken).ConfigureAwait(false);
        var app = builder.Build();
        UseChronicle(app);
        return app;
    }

    /// <summary>Registers the store (a SQLite file or PostgreSQL, opened and migrated now), the queries and the API's services.</summary>
    public static async Task AddChronicleAsync(IServiceCollection services, WebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await StoreFactory.OpenAsync(options.Database, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        services.AddSingleton(options);
        services.AddSingleton<IDocumentStore>(store);
        services.AddSingleton(_ => StoreFactory.OpenQueries(options.Database));
        services.AddSingleton<ArticleIngestor>();
        services.AddRouting();
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
    }

    /// <summary>Adds the middleware, the dashboard's files and every API feature to an app.</summary>
    public static void UseChronicle(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<BadParameterHandler>();
        var dashboard = new EmbeddedFileProvider(typeof(ChronicleWebHost).Assembly, "Chronicle.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            var api = endpoints.MapGroup("/api").AddEndpointFilter<TokenGuard>();
            api.MapDocuments();
            api.MapEvents();
            api.MapTimeline();
            api.MapActors();
            api.MapPlaces();
            api.MapClusters();
            endpoints.MapOpenApi("/api/openapi.json");
            endpoints.MapFallback("/api/{**rest}", () => TypedResults.Problem(statusCode: 404, title: "No such API endpoint."));
        });
    }
}
