/* wine 8.0 has no bcryptprimitives.dll, which Rust's std (1.78+) loads for ProcessPrng. This
 * stand-in forwards to advapi32's SystemFunction036 (RtlGenRandom), which wine has. Built by
 * wine-prefix.sh with mingw-w64 and copied into the prefix's system32; test harness only. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
