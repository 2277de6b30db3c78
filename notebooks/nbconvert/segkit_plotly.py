"""nbconvert preprocessor: reads a local plotly.min.js once into the resources, for the segkit template.

Where from: SEGKIT_PLOTLY_JS, else the copy `.ci/run` installs (.ci/node/node_modules/plotly.js-dist-min).
Without one the page still works online: each chart then loads plotly.js from the CDN.
"""
import os
from nbconvert.preprocessors import Preprocessor

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = os.path.join(REPOSITORY, ".ci", "node", "node_modules", "plotly.js-dist-min", "plotly.min.js")


class EmbedPlotly(Preprocessor):
    def preprocess(self, nb, resources):
        path = os.environ.get("SEGKIT_PLOTLY_JS") or DEFAULT
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                # "</script" inside the bundle would end the script element early.
                resources["segkit_plotly_js"] = f.read().replace("</script", "<\\/script")
        else:
            self.log.warning("plotly.js not found at %s: the charts will load it from the CDN", path)
        return nb, resources
