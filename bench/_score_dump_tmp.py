import json, sys
sys.path.insert(0, "bench")
import abstention_sets as A
out = open(sys.argv[1], "w")
for name, assistant, q in A.each_question(list(A.SETS)):
    ans = assistant.ask(q["question"])
    top = ans.passages[:3]
    blocking = [n for n in ans.notes if not n.startswith(("council:", "meeting date", "no answer within", "searched each", "nothing answered"))]
    out.write(json.dumps({"set": name, "type": A.question_type(name, q), "answered": ans.answered,
                          "score": top[0].score if top else 0.0,
                          "ev": max((h.answer_evidence for h in top), default=0.0), "blocking": blocking,
                          "question": q["question"]}) + "\n")
