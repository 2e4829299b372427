/**
 * UTIF finds its inflater as `require("pako")` under Node and as `self.pako` elsewhere; in a
 * bundled worker there is no `require`, so Deflate-compressed TIFFs (what most scanners
 * write) failed with "reading 'inflateRaw'". Imported before utif2, this puts it in place.
 */
import pako from 'pako';

(globalThis as { pako?: unknown }).pako = pako;
