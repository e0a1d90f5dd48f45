// Every message part the staff side uses: imported at the top of staff/index.tsx, so the staff
// chunk registers them all (the shell's nav labels, each module area's pages, and the public pages
// the staff side shows too). A staff module area moved into its own lazy chunk can import its part there instead.
import './admission/index.ts';
import './certificates/index.ts';
import './covenants/index.ts';
import './decisions/index.ts';
import './disclosure/index.ts';
import './elections/index.ts';
import './people/index.ts';
import './public-covenants/index.ts';
import './public-decisions/index.ts';
import './public-elections/index.ts';
import './public-services/index.ts';
import './public-wishes/index.ts';
import './services/index.ts';
import './staff/index.ts';
import './wishes/index.ts';
