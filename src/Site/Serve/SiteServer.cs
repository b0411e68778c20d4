using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Site.Serve;

/// <summary>Serves a built site on 127.0.0.1 as a host would — folder URLs to their index.html, 404.html
/// with status 404, UTF-8 content types — plus the live-reload script in every HTML response and the
/// event stream it listens to.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SiteServer(WebApplication app, Uri url) => (this.app, Url) = (app, url);

    /// <summary>Where the site is served, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Url { get; }

    /// <summary>A token that is cancelled when the host stops (it listens for Ctrl+C and SIGTERM too).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    /// <param name="port">0 picks a free port.</param>
    /// <param name="reloads">Pulsed after each successful rebuild; each pulse is one event to the pages.</param>
    public static async Task<SiteServer> StartAsync(string outputFolder, int port, Generation reloads)
    {
        var root = Path.GetFullPath(outputFolder);
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = ContentTypes.Provider();

        app.Map(ReloadScript.Endpoint, branch => branch.Run(context => ReloadEvents(context, reloads, app.Lifetime.ApplicationStopping)));
        app.Use((context, next) => Pages(context, files, next));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = r => r.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(context => NotFound(context, files));

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>HTML pages, with the reload script; a folder's URL serves its index.html (and without its
    /// trailing slash redirects to it, so the page's relative links resolve as they do on a host).</summary>
    private static Task Pages(HttpContext context, PhysicalFileProvider files, Func<Task> next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return next();
        var path = context.Request.Path.Value ?? "/";
        if (!path.EndsWith('/') && files.GetDirectoryContents(path).Exists)
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return Task.CompletedTask;
        }
        var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
        if (!file.Exists || file.IsDirectory || !IsHtml(file.Name)) return next();
        return Html(context, file, StatusCodes.Status200OK);
    }

    private static Task NotFound(HttpContext context, PhysicalFileProvider files)
    {
        var page = files.GetFileInfo("/404.html");
        if (page.Exists) return Html(context, page, StatusCodes.Status404NotFound, RootBase.Inject);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("404: not found, and the site has no 404.html\n");
    }

    private static async Task Html(HttpContext context, IFileInfo file, int status, Func<byte[], byte[]>? adapt = null)
    {
        byte[] page;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.PhysicalPath!, context.RequestAborted).ConfigureAwait(false);
            page = ReloadScript.Inject(adapt is null ? bytes : adapt(bytes));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // A rebuild deleted it between the look and the read.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.Html;
        context.Response.ContentLength = page.Length;
        context.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Server-Sent Events: an event named "reload" after each successful rebuild, until the
    /// page goes away or the server stops.</summary>
    private static async Task ReloadEvents(HttpContext context, Generation reloads, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var seen = reloads.Current;
        try
        {
            await context.Response.WriteAsync(": connected\nretry: 1000\n\n", done.Token).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            while (true)
            {
                seen = await reloads.WaitPastAsync(seen, done.Token).ConfigureAwait(false);
                await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: reload\ndata: {seen}\n\n"), done.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The page closed or the server is stopping: the stream simply ends.
        }
    }

    private static bool IsHtml(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
