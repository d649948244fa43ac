# One image for every Forecast process in docker-compose.yml: the server (which co-hosts a silo) by default, and the
# CLI at /app/cli for one-shot jobs such as `db init`.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Forecast.Server/Forecast.Server.csproj -c Release -o /app/server \
 && dotnet publish src/Forecast.Cli/Forecast.Cli.csproj -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app /app
COPY data /app/data
COPY scenarios /app/scenarios
ENV Forecast__DataDirectory=/app/data \
    Urls=http://0.0.0.0:8080
EXPOSE 8080 11111 30000
ENTRYPOINT ["dotnet", "/app/server/Forecast.Server.dll"]
