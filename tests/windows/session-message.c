/* Sends posture-break's hidden session window what Windows sends it, for the smoke test under
 * wine (which never locks a session or suspends): a stand-in for the OS as the sender; the
 * real exe's real window procedure receives it.
 *
 *   session-message MESSAGE...
 *
 * Each MESSAGE in order: lock/unlock: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK/UNLOCK and
 * the session id (what WTSRegisterSessionNotification delivers); suspend: WM_POWERBROADCAST with
 * PBT_APMSUSPEND; wake: PBT_APMRESUMEAUTOMATIC (every resume, a user there or not); resume: a
 * resume by the user, PBT_APMRESUMEAUTOMATIC then PBT_APMRESUMESUSPEND. Sent, not posted, as
 * Windows does: each returns once the window has handled it. Exit 2 when the window is not
 * there, 1 on a usage error. Built by the smoke test with mingw-w64. */
#include <windows.h>
#include <wtsapi32.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    DWORD session = 0;
    HWND hwnd;
    int i;

    if (argc < 2) {
        fprintf(stderr, "usage: session-message lock|unlock|suspend|wake|resume...\n");
        return 1;
    }
    hwnd = FindWindowW(L"posture-break-session", NULL);
    if (!hwnd) {
        fprintf(stderr, "no posture-break-session window\n");
        return 2;
    }
    ProcessIdToSessionId(GetCurrentProcessId(), &session);
    for (i = 1; i < argc; i++) {
        const char *what = argv[i];
        if (!strcmp(what, "lock")) {
            SendMessageW(hwnd, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, (LPARAM)session);
        } else if (!strcmp(what, "unlock")) {
            SendMessageW(hwnd, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, (LPARAM)session);
        } else if (!strcmp(what, "suspend")) {
            SendMessageW(hwnd, WM_POWERBROADCAST, PBT_APMSUSPEND, 0);
        } else if (!strcmp(what, "wake")) {
            SendMessageW(hwnd, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, 0);
        } else if (!strcmp(what, "resume")) {
            SendMessageW(hwnd, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, 0);
            SendMessageW(hwnd, WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, 0);
        } else {
            fprintf(stderr, "unknown message %s\n", what);
            return 1;
        }
        printf("sent %s to the session window %p\n", what, (void *)hwnd);
    }
    return 0;
}
