using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Chronicle.Web.Tests;

/// <summary>The real server (every service, middleware and endpoint) over a test database, in memory.</summary>
public sealed class ChronicleFactory(WebOptions options) : WebApplicationFactory<TestDatabase>
{
    static ChronicleFactory()
    {
        // The factory looks for a content root folder named after the test assembly beside the solution file unless
        // this setting names one; the dashboard is embedded, so the test's own folder does.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CHRONICLE_WEB_TESTS", AppContext.BaseDirectory);
    }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => ChronicleWebHost.AddChronicleAsync(services, options).GetAwaiter().GetResult())
                .Configure(ChronicleWebHost.UseChronicle));
}
