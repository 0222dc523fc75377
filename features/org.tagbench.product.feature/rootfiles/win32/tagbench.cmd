@echo off
rem Tagbench start script.
rem   tagbench [WORKBENCH OPTIONS]      starts the workbench (e.g. -data FOLDER)
rem   tagbench simulator [OPTIONS]      starts the WinCC REST runtime simulator
rem   tagbench COMMAND [OPTIONS]        runs a command-line command headless (tagbench help)
rem Java: %TAGBENCH_JAVA%, else %JAVA_HOME%\bin\java.exe, else jre\ beside this script, else java on the PATH.
rem It must be Java 21 or newer. JVM options: %TAGBENCH_VMARGS% (default -Xmx2g -XX:MaxGCPauseMillis=50).
setlocal EnableDelayedExpansion
set "HOME_DIR=%~dp0"
set "JAVA_EXE=%TAGBENCH_JAVA%"
if "%JAVA_EXE%"=="" if not "%JAVA_HOME%"=="" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if "%JAVA_EXE%"=="" if exist "%HOME_DIR%jre\bin\java.exe" set "JAVA_EXE=%HOME_DIR%jre\bin\java.exe"
if "%JAVA_EXE%"=="" set "JAVA_EXE=java"
set "SPEC="
for /f "tokens=2 delims==" %%v in ('"%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "SPEC=%%v"
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%SPEC%") do set "MAJOR=%%m"
if "%MAJOR%"=="" goto nojava
if %MAJOR% LSS 21 goto nojava
set "VMARGS=%TAGBENCH_VMARGS%"
if "%VMARGS%"=="" set "VMARGS=-Xmx2g -XX:MaxGCPauseMillis=50"
set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%LAUNCHER%"=="" (
  echo This Tagbench installation is incomplete: no plugins\org.eclipse.equinox.launcher_*.jar in %HOME_DIR%. 1>&2
  exit /b 1
)
set "FIRST=%~1"
if "%FIRST%"=="simulator" goto simulator
if "%FIRST%"=="" goto workbench
if "%FIRST:~0,1%"=="-" goto workbench
rem Short runs start faster with the client compiler only and the serial collector; slf4j stays quiet.
"%JAVA_EXE%" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %VMARGS% -Dslf4j.internal.verbosity=ERROR -Dosgi.noShutdown=false -jar "%LAUNCHER%" -nosplash -consolelog -data @none -application org.tagbench.cli.app %*
exit /b %ERRORLEVEL%

:workbench
start "" "%JAVA_EXE:java.exe=javaw.exe%" %VMARGS% -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER%" -name Tagbench %*
exit /b 0

:simulator
set "CP="
for %%f in ("%HOME_DIR%plugins\org.tagbench.simulator_*.jar" "%HOME_DIR%plugins\com.fasterxml.jackson.core.jackson-*.jar") do set "CP=!CP!%%f;"
shift
set "ARGS="
:collect
if "%~1"=="" goto runsim
set "ARGS=!ARGS! %1"
shift
goto collect
:runsim
"%JAVA_EXE%" %VMARGS% -cp "%CP%" org.tagbench.simulator.Main %ARGS%
exit /b %ERRORLEVEL%

:nojava
echo Tagbench needs Java 21 or newer and found none. Install a JDK or JRE 21+ (e.g. Temurin) and set TAGBENCH_JAVA or JAVA_HOME. 1>&2
exit /b 1
