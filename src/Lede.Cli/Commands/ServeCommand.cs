using System.CommandLine;
using Lede.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Cli.Commands;

/// <summary><c>lede serve</c>: the JSON API and the web UI over the corpus, until stopped (Ctrl+C).</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var urls = new Option<string[]>("--urls")
        {
            Description = "Addresses to listen on (default http://127.0.0.1:5080: this machine only)",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["http://127.0.0.1:5080"],
        };
        var maxRequest = new Option<int>("--max-request-mb") { Description = "Largest page a request may send, in MiB", DefaultValueFactory = _ => 16 };
        var command = new Command("serve", "Serve the HTTP API (/api/...) and the web UI (search, stories, timelines, extraction)");
        database.AddTo(command);
        command.Options.Add(urls);
        command.Options.Add(maxRequest);
        command.SetAction(async (parse, cancellation) =>
        {
            // Checked here, in the flag's own unit: the server's check speaks of bytes ("at least 1 KB").
            if (parse.GetValue(maxRequest) < 1)
            {
                stderr.WriteLine("lede: --max-request-mb must be at least 1 (MiB)");
                return Program.UsageError;
            }
            var options = new ServerOptions
            {
                Urls = parse.GetValue(urls)!,
                Corpus = database.Read(parse),
                MaxRequestBytes = (long)parse.GetValue(maxRequest) * 1024 * 1024,
            };
            if (options.Validate() is { Count: > 0 } errors)
            {
                foreach (var error in errors) stderr.WriteLine($"lede: {error}");
                return Program.UsageError;
            }
            WebApplication app;
            try
            {
                app = LedeServer.Build(options, stderr);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException
                                           or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
            {
                stderr.WriteLine($"lede: cannot open the corpus: {e.Message}");
                return Program.UsageError;
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (IOException e)
                {
                    stderr.WriteLine($"lede: cannot listen: {e.Message}");
                    return Program.UsageError;
                }
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                stderr.WriteLine($"lede serve: web UI and API at {string.Join(", ", addresses)} (Ctrl+C stops)");
                // The host's own signal handling takes SIGTERM and SIGINT (and keeps them from ending the process) but only
                // tells the host to stop: waiting on the command's token alone, `kill` or Ctrl+C left the server running.
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, app.Lifetime.ApplicationStopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                }
                await app.StopAsync(CancellationToken.None);
            }
            return Program.Ok;
        });
        return command;
    }
}
