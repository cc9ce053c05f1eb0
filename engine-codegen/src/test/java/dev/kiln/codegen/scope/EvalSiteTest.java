package dev.kiln.codegen.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.codegen.scope.EvalSite.Binding;
import dev.kiln.codegen.scope.EvalSite.Level;
import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.CallExpression;
import dev.kiln.parser.ast.FunctionDeclaration;
import dev.kiln.parser.ast.Program;
import dev.kiln.parser.ast.ReturnStatement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalSiteTest {
    @Test
    void theTextFormRoundTrips() {
        EvalSite site = new EvalSite(true, 1, 0, EvalSite.IN_METHOD, List.of(
                new Level(Scope.Kind.BLOCK, 3, true, List.of(new Binding("x", Variable.Kind.LET, 1, true))),
                new Level(Scope.Kind.FUNCTION, 5, false, List.of(new Binding("%this", Variable.Kind.THIS, 1, true),
                        new Binding("#p", Variable.Kind.PRIVATE_NAME, 2, false)))),
                "eval at f (dir with spaces/a:b.js:3:7)");
        assertEquals(site, EvalSite.decode(site.encode()));
        assertEquals(Set.of("p"), site.privateNames());
    }

    @Test
    void aSiteDescribesTheEnvironmentsTheCallSees() {
        Program p = Parser.parse(new Source("t.js", "function f(a) { let b = 1; { let c = 2; return eval('a'); } }"),
                ParseOptions.script());
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeScript(p);
        FunctionDeclaration f = (FunctionDeclaration) p.body().get(0);
        FunctionInfo info = analysis.functionOf(f);
        var block = (dev.kiln.parser.ast.BlockStatement) f.body().body().get(1);
        CallExpression call = (CallExpression) ((ReturnStatement) block.body().get(1)).argument();
        EvalSite site = EvalSite.at(analysis.scopeOf(block), info, analysis.evalVarTarget(call), "origin");
        assertEquals(2, site.levels().size());
        assertEquals(Scope.Kind.BLOCK, site.levels().get(0).kind());
        assertEquals("c", site.levels().get(0).bindings().get(0).name());
        assertEquals(Scope.Kind.FUNCTION, site.levels().get(1).kind());
        assertEquals(1, site.thisLevel());
        assertEquals(1, site.varLevel());
        assertEquals(true, site.levels().get(1).dynamicVars());
        assertEquals(true, site.inFunction());
        assertEquals(false, site.strict());
    }
}
