# Tries the built .msi as a user would, the same steps as installer/linux/smoke.sh: installs it for the current
# user (no administrator), runs "ordo-cli --version" and commands against a fresh data folder, starts the desktop
# until its window shows, upgrades it to a newer version (the same image packaged one patch version higher),
# uninstalls it, and checks that the data folder outlived both.
# Usage: smoke.ps1 MSI_FOLDER        (run by installer\pom.xml at integration-test, after build.ps1)
param([Parameter(Mandatory = $true)][string]$MsiFolder)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$script:passed = 0
$script:failed = 0
function Say($text) { Write-Host "[smoke $((Get-Date).ToUniversalTime().ToString('HH:mm:ss'))] $text" }
function Check([bool]$condition, [string]$what) {
    if ($condition) { $script:passed++; Say "ok: $what" } else { $script:failed++; Say "FAILED: $what" }
}
function Msi([string[]]$arguments) {
    $p = Start-Process msiexec.exe -ArgumentList $arguments -Wait -PassThru
    return $p.ExitCode
}

$msi = (Get-ChildItem $MsiFolder -Filter *.msi | Select-Object -First 1).FullName
$work = New-Item -ItemType Directory -Force (Join-Path $env:TEMP "ordo-smoke-$PID")
$installDir = Join-Path $env:LOCALAPPDATA 'Programs\Ordo'
$data = Join-Path $work 'data'
$env:ORDO_DATA_DIR = $data
try {
    Say "installing $msi for this user"
    Check ((Msi @('/i', "`"$msi`"", '/qn', '/l*v', "`"$work\install.log`"")) -eq 0) 'msiexec /i'
    $cli = Join-Path $installDir 'ordo-cli.exe'
    Check (Test-Path $cli) "installed in $installDir"
    $startMenu = Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs'
    Check ($null -ne (Get-ChildItem $startMenu -Recurse -Filter 'Ordo*.lnk' -ErrorAction SilentlyContinue)) 'Start-menu shortcut'

    $version = & $cli --version 2>&1
    Check (($LASTEXITCODE -eq 0) -and ("$version" -match '^Ordo ')) "ordo-cli --version: $($version | Select-Object -First 1)"
    # AOTMode=on makes the JVM stop rather than start without the shipped cache. The JVM names the option on
    # stderr, which Windows PowerShell would turn into a terminating error under 'Stop'.
    $env:JAVA_TOOL_OPTIONS = '-XX:AOTMode=on'
    $ErrorActionPreference = 'Continue'
    & $cli --version *> $null
    $ErrorActionPreference = 'Stop'
    Check ($LASTEXITCODE -eq 0) 'the launcher starts with the shipped AOT class cache'
    Remove-Item Env:JAVA_TOOL_OPTIONS

    $initOut = & $cli init --company-name 'Prova Smoke Srl' --vat-number 01234567897
    Check ($LASTEXITCODE -eq 0) "init on a fresh data folder ($data)"
    $env:ORDO_PASSWORD = ($initOut | Select-String 'password (\S+) \(').Matches[0].Groups[1].Value
    $env:ORDO_NEW_PASSWORD = 'smoke-password-1'
    & $cli --user admin user passwd | Out-Null
    Check ($LASTEXITCODE -eq 0) "admin's first password changed"
    Remove-Item Env:ORDO_NEW_PASSWORD
    $env:ORDO_PASSWORD = 'smoke-password-1'
    & $cli --user admin product import (Join-Path $PSScriptRoot '..\packaging\training\products.csv') | Out-Null
    Check ($LASTEXITCODE -eq 0) 'product import'
    & $cli --user admin receive --sku T1 --warehouse MAIN --qty 42 | Out-Null
    Check ($LASTEXITCODE -eq 0) 'receive'
    function StockShows42 { $s = & $cli --user admin stock T1; return ($LASTEXITCODE -eq 0) -and ("$s" -match 'MAIN +42 ') }
    Check (StockShows42) 'stock T1 shows the 42 received'

    $started = Get-Date
    $desktop = Start-Process (Join-Path $installDir 'Ordo.exe') -PassThru
    $shown = $false
    while (-not $shown -and ((Get-Date) - $started).TotalSeconds -lt 90 -and -not $desktop.HasExited) {
        Start-Sleep -Milliseconds 500
        $desktop.Refresh()
        $shown = $desktop.MainWindowHandle -ne 0
    }
    Check $shown "desktop window `"$($desktop.MainWindowTitle)`" shown after $([int]((Get-Date) - $started).TotalSeconds) s"
    if (-not $desktop.HasExited) { Stop-Process -Id $desktop.Id -Force }

    # Version N+1: the same image packaged one patch version higher, installed over it.
    $image = Join-Path $MsiFolder '..\image\Ordo'
    $parts = (Get-Item $cli).VersionInfo.ProductVersion.Split('.')
    $next = "$($parts[0]).$($parts[1]).$([int]$parts[2] + 1)"
    & "$env:JAVA_HOME\bin\jpackage.exe" --type msi --dest (Join-Path $work 'next') --app-image $image --name Ordo `
        --app-version $next --vendor Ordo --win-per-user-install --install-dir 'Programs\Ordo' `
        --win-menu --win-menu-group Ordo --win-shortcut --win-upgrade-uuid '9afbedd5-1030-4ab9-b9d2-764787f5f8b0'
    $nextMsi = (Get-ChildItem (Join-Path $work 'next') -Filter *.msi).FullName
    Check ((Msi @('/i', "`"$nextMsi`"", '/qn')) -eq 0) "upgrade to $next"
    Check ((Get-Item $cli).VersionInfo.ProductVersion -like "$next*") "ordo-cli.exe is now version $next"
    Check (StockShows42) 'after the upgrade the data folder still shows the 42 received'

    Check ((Msi @('/x', "`"$nextMsi`"", '/qn')) -eq 0) 'msiexec /x'
    Check (-not (Test-Path $cli)) "removed from $installDir"
    Check ((Test-Path $data) -and (Get-ChildItem $data).Count -gt 0) 'the data folder survived the removal'
} finally {
    Remove-Item Env:ORDO_PASSWORD -ErrorAction SilentlyContinue
    if (Test-Path (Join-Path $installDir 'ordo-cli.exe')) { Msi @('/x', "`"$msi`"", '/qn') | Out-Null }
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
    Write-Host "$script:passed passed, $script:failed failed"
}
if ($script:failed -ne 0) { exit 1 }
